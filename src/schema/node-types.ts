import type { EntityClass } from '@mikro-orm/core';
import { ActionItem } from '../entities/action-item.entity';
import { Alert } from '../entities/alert.entity';
import { ApiKey } from '../entities/api-key.entity';
import { Appointment } from '../entities/appointment.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { CallAnalysis } from '../entities/call-analysis.entity';
import { Call } from '../entities/call.entity';
import { Lead } from '../entities/lead.entity';
import { NotificationDelivery } from '../entities/notification-delivery.entity';
import { Organization } from '../entities/organization.entity';
import { PhoneNumber } from '../entities/phone-number.entity';
import { ScoreEvent } from '../entities/score-event.entity';
import { Transcript, TranscriptSegment } from '../entities/transcript.entity';
import { User } from '../entities/user.entity';
import { Contract } from '../entities/contract.entity';
import { Product } from '../entities/product.entity';
import { Quote } from '../entities/quote.entity';
import type { Permission } from '../services/auth/permissions';

export interface NodeKind {
  /** The GraphQL object type, which implements Node. */
  typeName: string;
  entity: EntityClass<{ id: string }>;
  /** What `node(id:)` requires to show it; null: any signed-in member of the organization. */
  permission: Permission | null;
}

/**
 * Every type that implements Node, with the entity behind it and the read
 * permission its own query field asks for. A unit test keeps this list and
 * the schema's implementations of Node equal.
 */
export const NODE_KINDS: readonly NodeKind[] = [
  { typeName: 'Lead', entity: Lead, permission: 'leads:read' },
  { typeName: 'ScoreEvent', entity: ScoreEvent, permission: 'leads:read' },
  { typeName: 'Call', entity: Call, permission: 'calls:read' },
  { typeName: 'Transcript', entity: Transcript, permission: 'calls:read' },
  { typeName: 'TranscriptSegment', entity: TranscriptSegment, permission: 'calls:read' },
  { typeName: 'CallAnalysis', entity: CallAnalysis, permission: 'calls:read' },
  { typeName: 'ActionItem', entity: ActionItem, permission: 'calls:read' },
  { typeName: 'Appointment', entity: Appointment, permission: 'calls:read' },
  { typeName: 'TwilioNumber', entity: PhoneNumber, permission: 'calls:read' },
  { typeName: 'Alert', entity: Alert, permission: 'alerts:read' },
  { typeName: 'NotificationDelivery', entity: NotificationDelivery, permission: 'alerts:read' },
  { typeName: 'AuditEvent', entity: AuditEvent, permission: 'audit:read' },
  { typeName: 'ApiKey', entity: ApiKey, permission: 'apikeys:manage' },
  // Colleagues are visible wherever they own or acknowledged something (Lead.owner, Alert.acknowledgedBy).
  { typeName: 'User', entity: User, permission: null },
  { typeName: 'Organization', entity: Organization, permission: null },
  { typeName: 'Quote', entity: Quote, permission: 'quotes:read' },
  { typeName: 'Product', entity: Product, permission: 'quotes:read' },
  { typeName: 'Contract', entity: Contract, permission: 'quotes:read' },
];

/** Set on a view object that stands for a node entity (see NodeResolver's presenters). */
export const NODE_TYPE = Symbol('nodeType');

const BY_ENTITY = new Map<unknown, NodeKind>(NODE_KINDS.map((k) => [k.entity, k]));

/** The kind of a loaded entity, or undefined for anything that is not a node. */
export function nodeKindOf(value: object): NodeKind | undefined {
  return BY_ENTITY.get(value.constructor);
}

/** Node's resolveType: node values are always entities loaded by findEntitiesById. */
export function nodeTypeName(value: object): string {
  // A view object built for a node (Contract): it names its type itself.
  const named = (value as { [NODE_TYPE]?: string })[NODE_TYPE];
  if (named) return named;
  const kind = nodeKindOf(value);
  if (!kind) throw new Error(`Node: no GraphQL type for ${value.constructor?.name}`);
  return kind.typeName;
}
