import type { FormInstance } from 'antd';
import { CallError, errorMessage } from '../app/api.ts';

/**
 * Shows a failed save on the form field the service named ("fields.email" → email);
 * returns the message when no field matches, for a banner or toast.
 */
export function showCallError(form: FormInstance, error: unknown, prefix = 'fields.'): string | null {
  if (error instanceof CallError && error.error.path?.startsWith(prefix)) {
    const name = error.error.path
      .slice(prefix.length)
      .split('.')
      .map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
    const registered = Object.hasOwn(form.getFieldsValue() as object, String(name[0]));
    if (registered) {
      form.setFields([{ name, errors: [error.error.message] }]);
      return null;
    }
  }
  return errorMessage(error);
}

/** The form's values when every field is valid; null otherwise (the form already shows why). */
export async function validValues<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
