import { ApiKeyType } from './api-key.type';
import { PhoneNumberType } from './call.type';
import { connectionTypes } from './connection';
import { UserType } from './user.type';

/** The organization's people, keys and numbers as Relay connections (replacing the plain lists). */
export const { Connection: UserConnection } = connectionTypes(UserType, 'User');
export const { Connection: ApiKeyConnection } = connectionTypes(ApiKeyType, 'ApiKey');
export const { Connection: TwilioNumberConnection } = connectionTypes(PhoneNumberType, 'TwilioNumber');
