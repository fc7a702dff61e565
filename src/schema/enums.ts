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

registerEnumType(LeadSource, {
  name: 'LeadSource',
  description: 'Where a lead came from. Set on creation; changes nothing else.',
  valuesConfig: {
    WEB: { description: 'A web form or the admin app.' },
    CALL: { description: 'A phone call (an inbound call from an unknown number creates one).' },
    EMAIL: { description: 'An email.' },
    SMS: { description: 'A text message.' },
    WHATSAPP: { description: 'A WhatsApp message.' },
    CHAT: { description: 'A website chat.' },
    PARTNER: { description: 'A partner system, through the API.' },
    IMPORT: { description: 'A bulk import (importLeads).' },
  },
});
registerEnumType(LeadStatus, {
  name: 'LeadStatus',
  description: 'Where a lead is in the pipeline; set by people (updateLead), never by scoring.',
  valuesConfig: {
    NEW: { description: 'Not contacted yet.' },
    CONTACTED: { description: 'Someone has reached them.' },
    QUALIFIED: { description: 'A real prospect: need, budget and authority confirmed.' },
    PROPOSAL: { description: 'An offer or quote is out.' },
    WON: { description: 'Became a customer.' },
    LOST: { description: 'Will not buy.' },
  },
});
registerEnumType(LeadTemperature, {
  name: 'LeadTemperature',
  description: "Derived from the score and the organization's thresholds; re-derived when either changes.",
  valuesConfig: {
    HOT: { description: 'Score at or above Organization.hotThreshold; reaching it raises a HOT_LEAD alert.' },
    WARM: { description: 'Score at or above Organization.warmThreshold, below hotThreshold.' },
    COLD: { description: 'Score below Organization.warmThreshold.' },
  },
});
registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'What a person may do (Viewer.permissions lists the resulting permissions).',
  valuesConfig: {
    OWNER: { description: 'Everything, including organization settings (org:manage).' },
    ADMIN: { description: 'Works leads, calls and alerts; manages users, API keys and numbers; reads audit and usage.' },
    AGENT: { description: 'Reads and works leads, calls and alerts.' },
    VIEWER: { description: 'Reads leads, calls and alerts; changes only their own password.' },
  },
});
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Smallest, oldest or A first.' }, DESC: { description: 'Largest, newest or Z first.' } },
});
registerEnumType(LeadOrderField, {
  name: 'LeadOrderField',
  description: 'What `leads` sorts by; ties are broken by id so pages never overlap.',
  valuesConfig: {
    CREATED_AT: { description: 'When the lead was created.' },
    UPDATED_AT: { description: 'When the lead last changed.' },
    SCORE: { description: 'The score (0–100).' },
    NAME: { description: 'The name.' },
    LAST_ACTIVITY_AT: { description: 'Lead.lastActivityAt: the latest call or change.' },
  },
});
registerEnumType(LeadChangeKind, {
  name: 'LeadChangeKind',
  description: 'What happened to a lead (leadChanged subscription).',
  valuesConfig: {
    CREATED: { description: 'The lead was created.' },
    UPDATED: { description: 'Fields changed; LeadChangedEvent.changedFields names them.' },
    DELETED: { description: 'The lead was deleted; LeadChangedEvent.lead is null.' },
  },
});
