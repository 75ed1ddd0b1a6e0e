/**
 * A control per attribute of the element in view, of the attribute's type: a switch for a
 * boolean, a select for a union of strings, a number or text field otherwise.
 */
import { $, el, inline } from './dom.js';
import { literalsOf, readableDefault, typeOf, type Declaration } from './manifest.js';

export type Value = string | true | undefined;
type Control = HTMLInputElement | HTMLSelectElement;

const controls = new Map<string, Control>();

/** What the control's own shape does not say: the type (unless a select lists it) and the default. */
function hint(
  type: string,
  literals: string[],
  def: ReturnType<typeof readableDefault>,
): (Node | string)[] {
  const shown = type.length > 40 ? type.slice(0, 40) + '…' : type;
  const fallback = def.code !== undefined ? el('code', {}, def.code) : (def.text ?? '');
  return literals.length || type === 'boolean'
    ? ['default ', fallback]
    : [el('code', {}, shown), ', default ', fallback];
}

export function renderControls(
  decl: Declaration | undefined,
  attrs: Record<string, string | true>,
  onChange: (name: string, value: Value) => void,
): void {
  controls.clear();
  const rows = (decl?.attributes ?? []).map((a) => {
    const type = typeOf(a);
    const id = `control-${a.name}`;
    const literals = literalsOf(type);
    let control: Control;
    if (type === 'boolean') {
      control = el('input', { type: 'checkbox', className: 'switch' });
      control.setAttribute('role', 'switch');
    } else if (literals.length) {
      control = el(
        'select',
        {},
        el('option', { value: '' }, `(not set: ${readableDefault(a).code ?? 'none'})`),
        ...literals.map((v) => el('option', { value: v }, v)),
      );
    } else {
      control = el('input', {
        type: type === 'number' ? 'number' : 'text',
        spellcheck: false,
        autocomplete: 'off',
      });
    }
    control.id = id;
    control.name = a.name;
    control.setAttribute('aria-describedby', `${id}-hint`);
    controls.set(a.name, control);
    show(a.name, attrs[a.name]);
    control.addEventListener('change', () => onChange(a.name, read(control)));
    const label = el('label', { htmlFor: id }, a.name);
    if (a.description) label.title = a.description.replace(/\s*\n\s*/g, ' ');
    return el(
      'div',
      { className: `control${type === 'boolean' ? ' boolean' : ''}` },
      label,
      control,
      el('small', { id: `${id}-hint` }, ...hint(type, literals, readableDefault(a))),
    );
  });
  $('controls').replaceChildren(
    ...(rows.length ? rows : [el('p', { className: 'muted' }, ...inline('No attributes.'))]),
  );
}

function read(control: Control): Value {
  if (control instanceof HTMLInputElement && control.type === 'checkbox')
    return control.checked || undefined;
  return control.value || undefined;
}

/** Puts `value` into the attribute's control (the element changed it, or a reset). */
export function show(name: string, value: Value): void {
  const control = controls.get(name);
  if (!control) return;
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    control.checked = value === true || value === '';
  } else {
    control.value = typeof value === 'string' ? value : '';
  }
}

/** The attribute names that have a control. */
export const controlled = (): string[] => [...controls.keys()];
