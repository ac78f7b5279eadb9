// A tiny element builder: text is always set as text, never parsed as HTML.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

let seq = 0;
export function uid(prefix) { seq += 1; return prefix + '-' + seq; }

/** A labelled input: every control has its label. */
export function field(label, input, hint) {
  if (!input.id) input.id = uid('f');
  const hintEl = hint ? h('div', { class: 'hint', id: input.id + '-hint' }, hint) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), hintEl, input);
}

export function status(message, isError) {
  const el = document.getElementById('status');
  el.textContent = message || '';
  el.classList.toggle('error', !!isError);
}

export const STATUS_VI = { DRAFT: 'Dự thảo', VALIDATED: 'Đã kiểm tra', ISSUED: 'Đã ban hành' };
export const TASK_STATUS_VI = { NOT_STARTED: 'Chưa làm', IN_PROGRESS: 'Đang làm', DONE: 'Đã xong' };

export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
