// "Nhập văn bản có sẵn": a plan document (.docx, .pdf, .txt, .md) read by the importer
// (POST /plans/imports), its summary and review list shown, then stored as a DRAFT on request.
// Loaded only when the page is opened; editors and admins only (the API refuses anyone else with 403).
import { session, can, ApiError } from './api.js';
import { h, field, status } from './dom.js';
import { keepReview, confidenceText } from './review.js';

const ACCEPT = '.docx,.pdf,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain,text/markdown';
const COUNTED = { section: 'Mục', tasks: 'Nhiệm vụ', targets: 'Chỉ tiêu', awards: 'Đề nghị khen thưởng', assignments: 'Phân công đơn vị' };
const FORMAT_VI = { docx: 'Word (DOCX)', pdf: 'PDF', text: 'Văn bản thuần', txt: 'Văn bản thuần', md: 'Markdown', markdown: 'Markdown' };
// What each refusal of the API means, said in Vietnamese; the API's own detail follows it.
const REFUSAL_VI = {
  400: 'Chưa chọn tệp.',
  413: 'Tệp quá lớn để nhập.',
  415: 'Không nhập được loại tệp này (chỉ nhận .docx, .pdf có lớp chữ, .txt, .md).',
  422: 'Tệp không đọc được thành một kế hoạch (tệp hỏng, có mật khẩu, bản quét không có chữ, hoặc không phải kế hoạch).',
  403: 'Tài khoản này không có quyền nhập kế hoạch.',
  404: 'Máy chủ chưa cài tính năng nhập văn bản (thidua-importer).',
  503: 'Kho kế hoạch đang không chạy: chưa lưu được.',
};

export async function importPage(show) {
  if (!can('editor')) {
    show('Nhập văn bản có sẵn', h('p', { class: 'error-summary', role: 'alert' }, 'Chỉ biên tập viên và quản trị viên được nhập kế hoạch.'));
    return;
  }
  const file = h('input', { id: 'import-file', name: 'file', type: 'file', accept: ACCEPT, required: true, 'aria-describedby': 'import-error' });
  const error = h('div', { id: 'import-error', class: 'import-error', 'aria-live': 'assertive' });
  const result = h('div', { id: 'import-result', 'aria-live': 'polite' });
  const form = h('form', { id: 'import-form', 'aria-label': 'Nhập văn bản kế hoạch' },
    field('Tệp kế hoạch (.docx, .pdf, .txt, .md)', file), error,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'import-upload' }, 'Đọc tệp')));
  let busy = false;
  const send = async (store) => {
    if (busy) return null;
    error.replaceChildren();
    file.removeAttribute('aria-invalid');
    const chosen = file.files[0];
    if (!chosen) { refused(error, file, new ApiError(400, {})); return null; }
    busy = true;
    status(store ? 'Đang lưu dự thảo…' : 'Đang đọc tệp…');
    try {
      const body = new FormData();
      body.append('file', chosen, chosen.name);
      // The browser writes the multipart body and its boundary: no Content-Type of ours.
      const r = await fetch('/app/api/plans/imports' + (store ? '?store=true' : ''), {
        method: 'POST', body, credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-CSRF-Token': (await session()).csrf },
      });
      if (r.status === 401) { location.assign('/login'); return null; }
      const answered = r.headers.get('Content-Type') || '';
      const data = answered.includes('json') ? await r.json() : { detail: await r.text() };
      if (!r.ok) throw new ApiError(r.status, data);
      status('');
      return data;
    } catch (e) {
      status('');
      if (e instanceof ApiError) refused(error, file, e); else throw e;
      return null;
    } finally { busy = false; }
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.replaceChildren();
    const data = await send(false);
    if (!data) return;
    const save = h('button', { type: 'button', id: 'import-store' }, 'Lưu thành dự thảo');
    save.addEventListener('click', async () => {
      const stored = await send(true);
      if (stored && stored.storedId) {
        // The review list goes with the draft into the editor (kept in this tab: the API stores no review list).
        keepReview(stored.storedId, stored.review || data.review);
        status('Đã lưu dự thảo.');
        location.hash = '#/plans/' + stored.storedId;
      }
    });
    try {
      result.replaceChildren(...summary(data), review(data.review || []), h('div', { class: 'actions' }, save));
      result.querySelector('h2').focus();
    } catch (err) { // an answer of a shape this page does not know: said, not swallowed
      error.replaceChildren(h('p', { class: 'error-summary', role: 'alert', id: 'import-refused' }, 'Không hiển thị được kế hoạch đọc được: ' + err.message));
    }
  });
  show('Nhập văn bản có sẵn',
    h('p', { class: 'hint' }, 'Chọn văn bản kế hoạch đã ban hành. Hệ thống đọc văn bản, dựng kế hoạch có cấu trúc và liệt kê những chỗ cần kiểm tra lại. Chưa có gì được lưu cho đến khi bấm «Lưu thành dự thảo».'),
    form, result);
}

function refused(error, file, e) {
  const said = REFUSAL_VI[e.status] || ('Không nhập được (HTTP ' + e.status + ').');
  const detail = e.problem && (e.problem.detail || e.problem.title);
  error.replaceChildren(h('p', { class: 'error-summary', role: 'alert', id: 'import-refused', 'data-status': e.status },
    said, detail ? h('span', { class: 'detail' }, ' Chi tiết: ', detail) : null));
  file.setAttribute('aria-invalid', 'true');
}

function counts(plan) {
  const n = Object.fromEntries(Object.keys(COUNTED).map((k) => [k, 0]));
  const walk = (x) => {
    if (Array.isArray(x)) { x.forEach(walk); return; }
    if (!x || typeof x !== 'object') return;
    if (x.type === 'section') n.section += 1;
    else if (x.type in n && Array.isArray(x[x.type])) n[x.type] += x[x.type].length;
    Object.values(x).forEach(walk);
  };
  walk(plan.sections || []);
  return n;
}

function summary(data) {
  const p = data.plan || {};
  const n = counts(p);
  const row = (label, value, id) => [h('dt', {}, label), h('dd', { id }, value || '—')];
  const d = p.dateLine && p.dateLine.date;
  const date = d ? [d.day, d.month, d.year].filter(Boolean).map((x) => String(x).padStart(2, '0')).join('/') : '';
  return [
    h('h2', { tabindex: '-1', id: 'import-title' }, 'Kế hoạch đọc được'),
    h('dl', { class: 'import-summary' },
      row('Tiêu đề', p.summary, 'import-plan-title'),
      row('Số, ký hiệu', p.number && (p.number.text || [p.number.number, p.number.symbol].filter(Boolean).join('/')), 'import-plan-number'),
      row('Nơi, ngày ban hành', [p.dateLine && p.dateLine.place, date].filter(Boolean).join(', '), 'import-plan-date'),
      row('Tỉnh', p.province && (p.province.name || p.province.code), 'import-plan-province'),
      row('Năm', p.year, 'import-plan-year'),
      row('Định dạng tệp', FORMAT_VI[data.format] || data.format, 'import-format'),
      row('Nội dung', Object.entries(COUNTED).map(([k, label]) => `${label}: ${n[k]}`).join(' · '), 'import-counts'),
      data.coverage ? row('Câu đã dùng', `${data.coverage.sentences - (data.coverage.missing || []).length}/${data.coverage.sentences}`, 'import-coverage') : null),
  ];
}

// Before the plan is stored there is nothing to open in the editor: each item says where it is and
// that it becomes a link to that field once stored (the list then stays above the editor, review.js).
function review(items) {
  if (!items.length) return h('p', { id: 'import-review-empty' }, 'Không có chỗ nào cần kiểm tra lại.');
  return h('section', { 'aria-labelledby': 'import-review-title' },
    h('h2', { id: 'import-review-title' }, `${items.length} chỗ cần kiểm tra lại`),
    h('p', { class: 'hint', id: 'import-review-hint' }, 'Sau khi «Lưu thành dự thảo», danh sách này hiện phía trên trình soạn thảo và mỗi mục là liên kết mở đúng chỗ đó để kiểm tra.'),
    h('ol', { id: 'import-review', class: 'import-review', 'aria-describedby': 'import-review-hint' }, items.map((r) => h('li', { class: 'card', 'data-pointer': r.pointer || '' },
      h('p', {}, h('strong', {}, 'Đã chọn: '), r.decision || ''),
      h('p', { class: 'hint' }, 'Vị trí: ', h('code', {}, r.pointer || '/'), ' · Độ tin cậy: ',
        h('span', { class: 'confidence' }, confidenceText(r.confidence)), ' · ', h('span', { class: 'link-later' }, 'thành liên kết khi đã lưu')),
      (r.alternatives || []).length ? h('div', {}, h('p', {}, 'Phương án khác:'),
        h('ul', {}, r.alternatives.map((a) => h('li', {}, typeof a === 'string' ? a : JSON.stringify(a))))) : null))));
}
