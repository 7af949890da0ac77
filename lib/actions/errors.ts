/** A refusal the editor can act on: the message is already in the interface language. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ActionError";
  }
}

/** The record changed since the form was opened (its version moved on): the save is refused. */
export class StaleRecordError extends Error {
  constructor(
    readonly entity: AuditEntity,
    readonly entityId: number,
  ) {
    super(`${entity} ${entityId} changed since it was read`);
    this.name = "StaleRecordError";
  }
}

export type AuditEntity = "article" | "meeting" | "official" | "topic" | "source";
