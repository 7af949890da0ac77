/** What every editor action answers; plain data, read by the forms (client components). */
export interface ActionState<D = unknown> {
  status: "idle" | "ok" | "error";
  /** One line for the whole form, in the interface language. */
  message?: string;
  /** Messages by field path ("title", "participants.2.officialId"). */
  fieldErrors?: Record<string, string>;
  /** What the editor sent, so a refused form keeps what they typed. */
  values?: Record<string, unknown>;
  data?: D;
}

export const IDLE: ActionState<never> = { status: "idle" };
