import type { ServiceCircuit, CircuitStatus } from './ai/openai/openai-resilience';
import { ServiceCircuit as Circuit } from './ai/openai/openai-resilience';
import { jobContext } from './job-context';

export type CircuitName = 'openai' | 'twilio' | 'smtp' | 'slack';

/**
 * Channels each organization sets up itself (Slack: its own webhook URL). Their
 * breaker always exists, but the channel is configured only where some
 * organization has set it up; the caller says where that is.
 */
export type PerOrganizationChannels = Record<'slack', boolean>;

/**
 * The breakers in front of every outside dependency, for `systemStatus`,
 * `/readyz` and CIRCUIT_OPEN alerts. A breaker that opens while working for
 * an organization (a job's context) reports it, so that organization's
 * dashboard learns its notifications or AI are degraded.
 */
export class CircuitRegistry {
  private readonly circuits = new Map<CircuitName, ServiceCircuit>();

  constructor(private readonly onOpened: (name: CircuitName, status: CircuitStatus, organizationId: string | null) => void) {}

  /** Adopts an existing breaker (the OpenAI one lives in the AI layer). */
  register(name: CircuitName, circuit: ServiceCircuit): ServiceCircuit {
    this.circuits.set(name, circuit);
    circuit.onStateChange((status) => {
      if (status.state === 'open') this.onOpened(name, status, jobContext.getStore()?.organizationId ?? null);
    });
    return circuit;
  }

  /** A breaker without retries of its own: the delivery job retries with backoff. */
  create(name: CircuitName): ServiceCircuit {
    return this.register(name, new Circuit(name, { retries: 0 }));
  }

  get(name: CircuitName): ServiceCircuit | undefined {
    return this.circuits.get(name);
  }

  /** `configured`: the deployment built the client and, for a per-organization channel, someone set it up. */
  statuses(setUp: PerOrganizationChannels): Array<CircuitStatus & { configured: boolean }> {
    const names: CircuitName[] = ['openai', 'twilio', 'smtp', 'slack'];
    return names.map((name) => {
      const circuit = this.circuits.get(name);
      return circuit
        ? { ...circuit.status, name, configured: name in setUp ? setUp[name as keyof PerOrganizationChannels] : true }
        : { name, state: 'closed' as const, consecutiveFailures: 0, changedAt: new Date(0), lastFailure: null, configured: false };
    });
  }
}
