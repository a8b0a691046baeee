/**
 * What a protocol version may claim. The protocols of this site are documents it wrote as
 * examples: none shows legal status ("Vigente", "En vigor desde", schema.org's Legislation and
 * InForce) unless an authority approved it, which its file records (`sample: false` and an
 * `approval`, src/schemas/protocols.ts). Every output asks here, so a sample never looks official.
 */
import type { VersionStatus } from './versions';

export interface Standing {
  sample: boolean;
  approval?: unknown;
}

/** Whether the version was approved by an authority, and so may show legal status. */
export const isApproved = (data: Standing): boolean => !data.sample && data.approval !== undefined;

/** The interface string of a version's status: legal for an approved one, its sample state otherwise. */
export const statusKey = (status: VersionStatus, data: Standing) =>
  isApproved(data) ? (`protocol.status.${status}` as const) : (`protocol.state.${status}` as const);

/** The label of a version's date: the day it takes effect, or only the date of the sample. */
export const dateKey = (data: Standing) => (isApproved(data) ? ('protocol.effective' as const) : ('protocol.sampleDate' as const));
