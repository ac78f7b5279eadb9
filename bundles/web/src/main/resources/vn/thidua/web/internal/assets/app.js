// The application's router and its list pages; the editor is in editor.js.
import { api, session, can, signOut, ApiError } from './api.js';
import { h, field, status, STATUS_VI, TASK_STATUS_VI, formatDate } from './dom.js';
import { openPlan, revealInOpenPlan, differences } from './editor.js';

const main = () => document.getElementById('main');
const PAGE = 20;
const PROVINCES = new Map();
const ACTION_VI = { CREATED: 'Tạo', UPDATED: 'Sửa', DELETED: 'Xoá', RESTORED: 'Khôi phục' };

function render(title, ...content) {
  const m = main();
  m.replaceChildren(h('h1', {}, title), ...content);
  document.title = title + ' – Thi đua, khen thưởng';
  m.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function markNav() {
  for (const a of document.querySelectorAll('.top nav a')) {
    if (location.hash.startsWith(a.getAttribute('href'))) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// Each navigation renders only while it is the latest: a slow page finishing after the user (or a
// test) moved on must not replace the page that followed it.
let routeSeq = 0;

async function route() {
  const seq = ++routeSeq;
  const show = (title, ...content) => { if (seq === routeSeq) render(title, ...content); };
  status('');
  markNav();
  const hash = location.hash || '#/plans';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean);
  try {
    if (parts[0] === 'plans' && parts[1] === 'new') await newDraft(show);
    else if (parts[0] === 'plans' && parts[1] && parts[2] === 'history') await history(parts[1], show);
    // ?at=<JSON Pointer>: the plan opened at that field; on the plan already open, only the focus moves.
    else if (parts[0] === 'plans' && parts[1]) { if (!revealInOpenPlan(parts[1], params.get('at'))) await openPlan(main(), parts[1], show, params.get('at')); }
    else if (parts[0] === 'tasks') await tasks(params, show);
    else if (parts[0] === 'import') await (await import('./import.js')).importPage(show); // editors' module, loaded when opened
    else if (parts[0] === 'packs') await (await import('./packs.js')).packsPage(show); // admins' module, loaded when opened
    else await plans(params, show);
  } catch (e) {
    show('Có lỗi', h('p', { class: 'error-summary', role: 'alert' }, e.message));
  }
}

async function provinces() {
  const { data } = await api('GET', 'rule-packs');
  const seen = new Map();
  for (const p of (Array.isArray(data) ? data : data.items || [])) {
    const info = p.pack || p;
    if (info.provinceCode && !seen.has(info.provinceCode)) seen.set(info.provinceCode, info.provinceName || info.provinceCode);
  }
  for (const [c, n] of seen) PROVINCES.set(c, n);
  return seen;
}

function select(name, options, value) {
  return h('select', { id: 'f-' + name, name },
    ...options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value ?? '') ? true : null }, label)));
}

export const ISSUER_VI = { BOARD: 'Ban Quản lý các KCN, Khu kinh tế', PEOPLES_COMMITTEE: 'UBND tỉnh, thành phố', DEPARTMENT: 'Sở, ngành', BLOC: 'Cụm, Khối thi đua' };

/** Every province-level unit the platform knows (GET /provinces), the 63 before 1/7/2025 and the 34 after, by name. */
async function allProvinces() {
  const { data } = await api('GET', 'provinces');
  const units = new Map();
  for (const u of data) {
    const seen = units.get(u.code);
    if (!seen || (u.to || '9999') > (seen.to || '9999')) units.set(u.code, u);
  }
  for (const u of units.values()) if (!PROVINCES.has(u.code)) PROVINCES.set(u.code, u.name);
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((u) => [u.code, u.to ? `${u.name} (đến ${formatDate(u.to)})` : u.name]);
}

async function plans(params, show) {
  const [prov] = await Promise.all([allProvinces(), provinces()]);
  const lineage = h('input', { id: 'f-lineage', name: 'lineage', type: 'checkbox', value: 'true', checked: params.get('lineage') === 'true' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Lọc kế hoạch' },
    field('Tỉnh', select('province', [['', 'Tất cả'], ...prov], params.get('province'))),
    h('div', { class: 'field checkbox' }, lineage, h('label', { for: 'f-lineage' }, 'Gồm các tỉnh đã sáp nhập vào')),
    field('Cơ quan ban hành', select('issuer', [['', 'Tất cả'], ...Object.entries(ISSUER_VI)], params.get('issuer'))),
    field('Năm', h('input', { id: 'f-year', name: 'year', type: 'number', min: 1990, max: 2200, inputmode: 'numeric', value: params.get('year') || '' })),
    field('Trạng thái', select('status', [['', 'Tất cả'], ...Object.entries(STATUS_VI)], params.get('status'))),
    field('Tìm (không cần dấu)', h('input', { id: 'f-q', name: 'q', type: 'search', value: params.get('q') || '' })),
    field('Đã xoá', select('deleted', [['', 'Không'], ['true', 'Chỉ kế hoạch đã xoá']], params.get('deleted'))),
    h('button', { type: 'submit' }, 'Lọc'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
    location.hash = '#/plans?' + q;
  });
  const offset = Number(params.get('offset') || 0);
  const q = new URLSearchParams();
  // Every filter is the API's: the store folds the words of the search (ke hoach finds Kế hoạch, đ is d)
  // and counts what matches, so the count and the pages are right however many plans there are.
  for (const k of ['province', 'lineage', 'issuer', 'year', 'status', 'q', 'deleted']) if (params.get(k)) q.set(k, params.get(k));
  q.set('offset', offset); q.set('limit', PAGE);
  const page = (await api('GET', 'plans?' + q)).data;
  const items = page.items; const total = page.total;
  const table = h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'sr-only' }, 'Danh sách kế hoạch'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Kế hoạch'), h('th', { scope: 'col' }, 'Tỉnh'), h('th', { scope: 'col' }, 'Năm'),
      h('th', { scope: 'col' }, 'Trạng thái'), h('th', { scope: 'col' }, 'Cập nhật'))),
    h('tbody', {}, items.map((p) => {
      const s = summaryOf(p);
      return h('tr', {},
        h('td', {}, h('a', { href: '#/plans/' + p.id }, s.title || '(không tiêu đề)'), s.number ? h('div', { class: 'hint' }, s.number) : null),
        h('td', {}, s.province), h('td', {}, s.year),
        h('td', {}, h('span', { class: 'tag ' + p.status }, STATUS_VI[p.status] || p.status), p.deletedAt ? h('span', { class: 'tag error' }, 'Đã xoá') : null),
        h('td', {}, formatDate(p.updatedAt), ' ', p.updatedBy || ''));
    }))));
  const pager = h('nav', { class: 'pager', 'aria-label': 'Trang' },
    h('span', { id: 'plan-count' }, `${total} kế hoạch` + (total ? ` · ${offset + 1}–${Math.min(offset + PAGE, total)}` : '')),
    offset > 0 ? h('a', { class: 'button secondary', href: hashWith(params, offset - PAGE) }, 'Trang trước') : null,
    offset + PAGE < total ? h('a', { class: 'button secondary', href: hashWith(params, offset + PAGE) }, 'Trang sau') : null);
  show('Kế hoạch', h('div', { class: 'actions' }, can('editor') ? h('a', { class: 'button', href: '#/plans/new', id: 'new-plan' }, 'Soạn kế hoạch mới') : null),
    form, pager, table);
}

function hashWith(params, offset) {
  const q = new URLSearchParams(params); q.set('offset', Math.max(0, offset));
  return '#/plans?' + q;
}

/** What a list row shows, from whichever shape the API gives (a summary, or the plan itself). */
export function summaryOf(p) {
  return { title: p.title, number: p.number, province: PROVINCES.get(p.provinceCode) || p.provinceCode, year: p.year };
}

async function newDraft(show) {
  const prov = await provinces();
  const draftProps = await draftFields();
  const form = h('form', { id: 'draft-form' },
    field('Tỉnh', select('province', [...prov].map(([c, n]) => [c, n]), 'gia-lai')),
    field('Năm', h('input', { id: 'f-year', name: 'year', type: 'number', min: 2000, max: 2100, required: true, value: new Date().getFullYear() + 1 })),
    draftProps.has('issuer') ? field('Cơ quan ban hành', select('issuer', [['', 'Theo bộ quy tắc'], ['BOARD', 'Ban Quản lý các KCN, Khu kinh tế'], ['PEOPLES_COMMITTEE', 'UBND tỉnh, thành phố'], ['DEPARTMENT', 'Sở, ngành'], ['BLOC', 'Cụm, Khối thi đua']], '')) : null,
    draftProps.has('kind') ? field('Loại kế hoạch', select('kind', [['', 'Theo bộ quy tắc'], ['YEARLY', 'Phát động thi đua năm'], ['THEMED', 'Thi đua theo chuyên đề'], ['BLOC', 'Kế hoạch của Khối, Cụm thi đua'], ['CAMPAIGN', 'Đợt thi đua']], '')) : null,
    h('p', { class: 'hint' }, 'Dự thảo được lập từ mẫu của bộ quy tắc đang có hiệu lực cho tỉnh và năm đã chọn.'),
    h('button', { type: 'submit', id: 'create-draft' }, 'Lập dự thảo'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {};
    for (const [k, v] of new FormData(form)) if (v) body[k] = k === 'year' ? Number(v) : v;
    try {
      const { data } = await api('POST', 'plans/drafts', { body });
      location.hash = '#/plans/' + data.id;
    } catch (err) {
      status('Không lập được dự thảo: ' + err.message, true);
    }
  });
  show('Soạn kế hoạch mới', form);
}

/** The fields POST /plans/drafts takes, read from the API's own OpenAPI document. */
async function draftFields() {
  try {
    const { data } = await api('GET', 'openapi.json');
    const schemas = (data.components && data.components.schemas) || {};
    const draft = schemas.DraftRequest || {};
    return new Set(Object.keys(draft.properties || {}));
  } catch (e) {
    return new Set(['province', 'year']);
  }
}

async function history(id, show) {
  const { data } = await api('GET', 'plans/' + id + '/history');
  const rows = Array.isArray(data) ? data : data.items || [];
  const versions = rows.map((r) => [r.version, 'Phiên bản ' + r.version]);
  const from = select('from', versions, rows.length > 1 ? rows[rows.length - 2].version : rows[0].version);
  const to = select('to', versions, rows[rows.length - 1].version);
  const out = h('div', { id: 'diff', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', 'aria-label': 'So sánh hai phiên bản' },
    field('Từ phiên bản', from), field('Đến phiên bản', to), h('button', { type: 'submit', id: 'compare' }, 'So sánh'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const [a, b] = await Promise.all([from.value, to.value].map((v) => api('GET', `plans/${id}/history/${v}`)));
    const plan = (x) => { const p = x.data.plan || x.data; return typeof p === 'string' ? JSON.parse(p) : p; };
    const diff = differences(plan(a), plan(b));
    out.replaceChildren(h('h2', {}, `${diff.length} chỗ khác nhau giữa phiên bản ${from.value} và ${to.value}`),
      diff.length ? h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Vị trí'), h('th', { scope: 'col' }, 'Phiên bản ' + from.value), h('th', { scope: 'col' }, 'Phiên bản ' + to.value))),
        h('tbody', {}, diff.map((d) => h('tr', {}, h('td', {}, h('code', {}, d.pointer)), h('td', {}, d.mine), h('td', {}, d.theirs)))))) : null);
  });
  show('Lịch sử kế hoạch', h('p', {}, h('a', { href: '#/plans/' + id }, '← Về kế hoạch')),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Phiên bản'), h('th', { scope: 'col' }, 'Thao tác'), h('th', { scope: 'col' }, 'Trạng thái'), h('th', { scope: 'col' }, 'Thời điểm'), h('th', { scope: 'col' }, 'Người sửa'), h('th', { scope: 'col' }, 'Bộ quy tắc'))),
      h('tbody', {}, rows.map((r) => h('tr', {}, h('td', {}, r.version), h('td', {}, ACTION_VI[r.action] || r.action || ''), h('td', {}, STATUS_VI[r.status] || r.status || ''),
        h('td', {}, (r.at || '').replace('T', ' ').slice(0, 19)), h('td', {}, r.by || ''), h('td', {}, r.rulePackId || '')))))),
    rows.length > 1 ? form : null, out);
}

async function tasks(params, show) {
  const q = new URLSearchParams();
  for (const k of ['province', 'lineage', 'status', 'late', 'dueBefore']) if (params.get(k)) q.set(k, params.get(k));
  q.set('limit', 200);
  const { data } = await api('GET', 'tasks?' + q);
  const rows = data.items || data;
  const [prov] = await Promise.all([allProvinces(), provinces()]);
  const lineage = h('input', { id: 'f-task-lineage', name: 'lineage', type: 'checkbox', value: 'true', checked: params.get('lineage') === 'true' });
  rows.sort((a, b) => (a.deadline || '9999').localeCompare(b.deadline || '9999'));
  const form = h('form', { class: 'filters', 'aria-label': 'Lọc nhiệm vụ' },
    field('Tỉnh', select('province', [['', 'Tất cả'], ...prov], params.get('province'))),
    h('div', { class: 'field checkbox' }, lineage, h('label', { for: 'f-task-lineage' }, 'Gồm các tỉnh đã sáp nhập vào')),
    field('Trạng thái', select('status', [['', 'Tất cả'], ...Object.entries(TASK_STATUS_VI)], params.get('status'))),
    field('Quá hạn', select('late', [['', 'Tất cả'], ['true', 'Chỉ nhiệm vụ quá hạn']], params.get('late'))),
    field('Hạn trước ngày', h('input', { id: 'f-due', name: 'dueBefore', type: 'date', value: params.get('dueBefore') || '' })),
    h('button', { type: 'submit' }, 'Lọc'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const s = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) s.set(k, v);
    location.hash = '#/tasks?' + s;
  });
  const columns = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'].map((st) => h('section', { 'aria-labelledby': 'col-' + st },
    h('h2', { id: 'col-' + st }, TASK_STATUS_VI[st], ' (', rows.filter((t) => (t.status || 'NOT_STARTED') === st).length, ')'),
    rows.filter((t) => (t.status || 'NOT_STARTED') === st).map(taskCard)));
  show('Nhiệm vụ', form, h('p', { id: 'task-count' }, `${data.total ?? rows.length} nhiệm vụ`), h('div', { class: 'board' }, columns));
}

function taskCard(t) {
  const card = h('article', { class: 'card' },
    h('p', {}, t.content || t.task?.content || ''),
    h('p', { class: 'hint' }, (PROVINCES.get(t.provinceCode) || t.provinceCode || '') + ' ' + (t.year || ''), t.deadline ? ' · hạn ' + formatDate(t.deadline) : '',
      t.completedOn ? ' · xong ' + formatDate(t.completedOn) : '', t.late ? ' ' : '', t.late ? h('span', { class: 'tag late' }, 'Quá hạn') : null),
    t.planId ? h('a', { href: '#/plans/' + t.planId }, 'Mở kế hoạch') : null);
  if (can('editor') && (t.status || 'NOT_STARTED') !== 'DONE' && t.planId) {
    const date = h('input', { type: 'date', value: new Date().toISOString().slice(0, 10), required: true });
    const form = h('form', { class: 'actions' }, field('Ngày hoàn thành', date), h('button', { type: 'submit', class: 'small' }, 'Đánh dấu đã xong'));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await api('PUT', `plans/${t.planId}/tasks/${t.number}/status`, { body: { status: 'DONE', completedOn: date.value } });
        status('Đã đánh dấu hoàn thành.');
        route();
      } catch (err) { status('Không cập nhật được: ' + err.message, true); }
    });
    card.append(form);
  }
  return card;
}

async function start() {
  const me = await session();
  document.getElementById('who').textContent = me.user + ' (' + (can('admin') ? 'quản trị' : can('editor') ? 'biên tập' : 'xem') + ')';
  document.getElementById('nav-packs').hidden = !can('admin');
  document.getElementById('nav-import').hidden = !can('editor');
  document.getElementById('sign-out').addEventListener('click', signOut);
  window.addEventListener('hashchange', route);
  await route();
}

export { route, ApiError };
start();
