import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** Shared look of the editors' form controls. */
export const controlClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-base aria-invalid:border-red-700 dark:border-stone-600 dark:bg-stone-900 dark:aria-invalid:border-red-400";

/** Label, control and its error, tied together for screen readers (aria-invalid, aria-describedby). */
function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800 dark:text-red-300" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function described(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

type Common = { name: string; label: string; hint?: string; error?: string; id?: string };

export function TextField({ name, label, hint, error, id = name, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input id={id} name={name} className={controlClass} {...described(id, hint, error)} {...rest} />
    </FieldFrame>
  );
}

export function TextArea({ name, label, hint, error, id = name, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea id={id} name={name} className={`${controlClass} font-serif leading-relaxed`} {...described(id, hint, error)} {...rest} />
    </FieldFrame>
  );
}

export function SelectField({
  name, label, hint, error, id = name, options, ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select id={id} name={name} className={controlClass} {...described(id, hint, error)} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ name, label, id = name, ...rest }: { name: string; label: string; id?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="mb-4 flex items-center gap-2">
      <input id={id} name={name} type="checkbox" className="size-4" {...rest} />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}
