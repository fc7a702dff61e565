import { registerEnumType } from 'type-graphql';
import { LeadSource, LeadStatus, LeadTemperature } from '../entities/lead.entity';
import { UserRole } from '../entities/user.entity';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export enum LeadOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  SCORE = 'SCORE',
  NAME = 'NAME',
  LAST_ACTIVITY_AT = 'LAST_ACTIVITY_AT',
}

export enum LeadChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}

registerEnumType(LeadSource, { name: 'LeadSource', description: 'Where a lead came from' });
registerEnumType(LeadStatus, { name: 'LeadStatus', description: 'Where a lead is in the pipeline' });
registerEnumType(LeadTemperature, { name: 'LeadTemperature', description: 'HOT ≥ hotThreshold, WARM ≥ warmThreshold, else COLD (per organization)' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(OrderDirection, { name: 'OrderDirection' });
registerEnumType(LeadOrderField, { name: 'LeadOrderField' });
registerEnumType(LeadChangeKind, { name: 'LeadChangeKind' });
