import { Field, ID, InputType } from 'type-graphql';

/** The input of a mutation that needs nothing but the id of what it acts on. */
export interface ByIdInput {
  id: string;
}

function byIdInput(name: string, description: string, idDescription: string) {
  @InputType(name, { description })
  class Input implements ByIdInput {
    @Field(() => ID, { description: idDescription })
    id!: string;
  }
  return Input;
}

export const AcknowledgeAlertInput = byIdInput('AcknowledgeAlertInput', 'The alert someone is now handling', "The alert's id (an unknown id or another organization's answers NOT_FOUND)");
export const ResolveAlertInput = byIdInput('ResolveAlertInput', 'The alert that is done', "The alert's id (an unknown id or another organization's answers NOT_FOUND)");
export const AnalyzeCallInput = byIdInput('AnalyzeCallInput', 'The call whose final analysis runs again', "The call's id (an unknown id or another organization's answers NOT_FOUND)");
export const TranscribeCallInput = byIdInput('TranscribeCallInput', 'The call whose recording is transcribed, then analyzed', "The call's id (an unknown id or another organization's answers NOT_FOUND)");
export const CompleteActionItemInput = byIdInput('CompleteActionItemInput', 'The action item that is done', "The action item's id (an unknown id or another organization's answers NOT_FOUND)");
export const ConfirmAppointmentInput = byIdInput('ConfirmAppointmentInput', 'The proposed appointment a person confirms', "The appointment's id (an unknown id or another organization's answers NOT_FOUND)");
export const CancelAppointmentInput = byIdInput('CancelAppointmentInput', 'The appointment that will not take place', "The appointment's id (an unknown id or another organization's answers NOT_FOUND)");
export const DeletePhoneNumberInput = byIdInput('DeletePhoneNumberInput', 'The phone number to remove from this organization', "The phone number's id (an unknown id or another organization's answers NOT_FOUND)");

/** Shown on the bare `id` argument the `input` replaced (kept so older clients keep working). */
export const BARE_ID_DEPRECATION = 'Use input: { id } (every mutation takes one input)';
export const BY_ID_INPUT_DESCRIPTION = 'What to act on. Required unless the deprecated id argument is given (never both)';
