import { DateTimeResolver, EmailAddressResolver, JSONObjectResolver, PhoneNumberResolver, UUIDResolver, CurrencyResolver } from 'graphql-scalars';

/** The scalars of DESIGN.md §6, from graphql-scalars. */
export const DateTime = DateTimeResolver;
export const EmailAddress = EmailAddressResolver;
export const PhoneNumber = PhoneNumberResolver;
export const JSONObject = JSONObjectResolver;
export const UUID = UUIDResolver;
export const Currency = CurrencyResolver;
