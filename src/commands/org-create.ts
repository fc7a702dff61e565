import type { App } from '../app';

/** `--name value` style options. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * `org:create --name "Acme" --owner-email ana@acme.example [--timezone Europe/Berlin]`:
 * a new organization with default settings and a one-time OWNER invitation.
 * Returns the lines to print; the token is in them once and stored only as a hash.
 */
export async function orgCreate(app: App, args: string[]): Promise<string[]> {
  const name = option(args, 'name');
  const ownerEmail = option(args, 'owner-email');
  if (!name || !ownerEmail) throw new Error('Usage: org:create --name "<organization>" --owner-email <email> [--timezone <IANA zone>]');
  const { organization, invite } = await app.onboarding.createOrganization({ name, ownerEmail, timezone: option(args, 'timezone') });
  return [
    `Created organization "${organization.name}" (slug ${organization.slug}, id ${organization.id}, time zone ${organization.timezone}).`,
    `Owner invitation for ${ownerEmail.trim().toLowerCase()}, valid until ${invite.expiresAt.toISOString()} (shown only now):`,
    `  link   ${invite.link}`,
    `  token  ${invite.token}`,
    'The owner opens the link, or sends the token with the acceptInvite mutation (name and password), which creates the account and signs in.',
  ];
}
