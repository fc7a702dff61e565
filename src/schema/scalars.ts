import { DateTimeResolver, EmailAddressResolver, JSONObjectResolver, JSONResolver, PhoneNumberResolver, UUIDResolver, CurrencyResolver } from 'graphql-scalars';

/** The scalars of DESIGN.md §6, from graphql-scalars. */
export const DateTime = DateTimeResolver;
export const EmailAddress = EmailAddressResolver;
export const PhoneNumber = PhoneNumberResolver;
export const JSONObject = JSONObjectResolver;
/** Any JSON value; for inputs checked in the service, where a bad value must fail one row and not the request. */
export const JSONValue = JSONResolver;
export const UUID = UUIDResolver;
export const Currency = CurrencyResolver;
