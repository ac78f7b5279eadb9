// The editor: the plan laid out as the document reads, each typed element with its own controls.
// Every control is registered under the JSON Pointer of the value it edits, so that a finding of the
// pack in force is shown beside the field it names.
import { api, can, parseTiming, ApiError } from './api.js';
import { h, field, status, STATUS_VI, uid } from './dom.js';

const RECIPIENT_VI = { ENTERPRISE: 'Doanh nghiệp', COLLECTIVE: 'Tập thể', INDIVIDUAL: 'Cá nhân', HOUSEHOLD: 'Hộ gia đình' };
const PREFIX_VI = { TM: 'TM. (thay mặt)', KT: 'KT. (ký thay)', Q: 'Q. (quyền)', TL: 'TL. (thừa lệnh)', TUQ: 'TUQ. (thừa ủy quyền)' };
const BOUND_VI = { EXACT: 'Đúng', AT_LEAST: 'Ít nhất', AT_MOST: 'Không quá' };
const DIRECTIVE_VI = { GIAO: 'Giao (chỉ đạo)', DE_NGHI: 'Đề nghị', PHOI_HOP: 'Phối hợp' };
const PURPOSE_VI = { REPORT: 'để báo cáo (b/c)', EXECUTE: 'để thực hiện (t/h)', COORDINATE: 'để phối hợp (p/h)', INFORM: 'để biết, theo dõi' };
const ISSUER_KIND_VI = { BOARD: 'Ban Quản lý KCN / Khu kinh tế', PEOPLES_COMMITTEE: 'Ủy ban nhân dân', DEPARTMENT: 'Sở, ngành', BLOC: 'Khối, cụm thi đua' };
const PLAN_KIND_VI = { YEARLY: 'Kế hoạch năm', THEMED: 'Chuyên đề', BLOC: 'Của khối thi đua', CAMPAIGN: 'Đợt thi đua' };
const QUALIFIER_VI = { REACH: 'đạt', AT_LEAST: 'ít nhất', FROM_AND_ABOVE: 'từ … trở lên', ABOUT: 'khoảng' };
const ITEM_KIND_VI = { CRITERION: 'Tiêu chí', PARTICIPANT: 'Đối tượng', PRINCIPLE: 'Nguyên tắc', STANDARD: 'Tiêu chuẩn' };
const PERIOD_KIND_VI = { RANGE: 'Từ ngày … đến ngày …', UNTIL_EVENT: 'Từ ngày … đến khi có sự kiện', YEARS: 'Giai đoạn (cả năm)',
  DEADLINE: 'Đến hạn', MONTH: 'Trong tháng', QUARTER: 'Quý', RELATIVE: 'Theo văn bản khác', RECURRING: 'Định kỳ', DURATION: 'Trong thời hạn' };
// The kinds whose fields the period editor has (a start, an end date or event); another kind is kept as read from the text.
const PERIOD_KINDS = ['RANGE', 'UNTIL_EVENT', 'YEARS', 'DEADLINE', 'MONTH'];
const NEW_BLOCK = {
  paragraph: () => ({ type: 'paragraph', text: 'Đoạn văn mới' }),
  scoring: () => ({ type: 'scoring', columns: ['TT', 'Tiêu chí', 'Điểm'], rows: [{ ordinal: '1', text: 'Tiêu chí chấm điểm', pointsText: '10', points: 10, cells: [] }] }),
};
const FORMATS = [['docx', 'Word (DOCX)'], ['pdf', 'PDF'], ['html', 'HTML'], ['md', 'Markdown'], ['ics', 'Lịch (iCalendar)']];

// The editor on the page now, so that a link to another pointer of the same plan (the review list's)
// moves the focus there instead of reading the plan again over unsaved edits.
let current = null;

/** Opens a plan; with `at`, a JSON Pointer of it, at the field it names (see Editor.reveal). */
export async function openPlan(main, id, show, at) {
  const started = performance.now();
  const { data: view, etag } = await api('GET', 'plans/' + id);
  // The importer's review list kept for this plan (review.js), loaded only when there is one.
  const review = sessionStorage.getItem('thidua.review.' + id) ? await import('./review.js') : null;
  const ed = new Editor(main, id, view, etag, show, review);
  ed.at = at;
  ed.render();
  current = ed;
  if (at !== null && at !== undefined) ed.reveal(at);
  // For the browser tests' measure: when the editor had rendered, from the navigation's start.
  window.__editorRenderedAt = performance.now();
  window.__editorRenderMs = performance.now() - started;
  await ed.validate();
}

/** Moves to a pointer of the plan already open (true), or says it is not open (false). */
export function revealInOpenPlan(id, at) {
  if (!current || current.id !== id || at === null || !current.docEl || !document.contains(current.docEl)) return false;
  current.reveal(at);
  return true;
}

/**
 * Whether a JSON Pointer names a value of the plan, or a member its object may lack (an optional
 * field the importer could not fill); an array index must exist. A pointer of another version of
 * the plan (a block since removed) does not.
 */
export function resolves(doc, pointer) {
  if (!pointer.startsWith('/')) return false;
  const tokens = pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let at = doc;
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n];
    const last = n === tokens.length - 1;
    if (Array.isArray(at)) {
      if (!/^(0|[1-9][0-9]*)$/.test(t) || Number(t) >= at.length) return false;
      at = at[Number(t)];
    } else if (at && typeof at === 'object') {
      if (!(t in at)) return last;
      at = at[t];
    } else return false;
  }
  return true;
}

const CONTROLS = 'input, textarea, select, button';

class Editor {
  constructor(main, id, view, etag, show, review) {
    this.main = main; this.id = id; this.view = view; this.etag = etag; this.show = show; this.review = review;
    this.plan = typeof view.plan === 'string' ? JSON.parse(view.plan) : view.plan;
    this.fields = new Map(); // JSON Pointer -> element the findings go beside
    this.writable = can('editor') && !view.deletedAt;
    this.dirty = false; this.errors = 0; this.timer = null; this.previewOn = false;
  }

  render() {
    this.fields.clear();
    const s = this.plan.summary || '(không tiêu đề)';
    const toolbar = this.toolbar();
    this.docEl = h('form', { class: 'doc', id: 'plan-doc', 'aria-label': 'Nội dung kế hoạch', onsubmit: (e) => e.preventDefault() },
      this.letterhead(), this.titleBlock(), this.period(), this.bases(),
      h('div', { id: 'sections' }, this.sectionList(this.plan.sections, '/sections', 2)),
      this.recipients(), this.signature(), this.appendices());
    this.findingsEl = h('div', { id: 'findings', 'aria-live': 'polite' });
    this.conflictEl = h('div', { id: 'conflict-area' });
    this.previewEl = h('section', { id: 'preview', 'aria-label': 'Xem trước', hidden: !this.previewOn });
    this.workspace = h('div', { class: 'workspace' + (this.previewOn ? ' with-preview' : '') }, h('div', {}, this.docEl), this.previewEl);
    this.reviewEl = this.review ? this.review.reviewPanel(this.id, this.at) : null;
    this.show(s, toolbar, this.conflictEl, this.findingsEl, this.reviewEl, this.workspace);
    if (!this.writable) {
      for (const el of this.docEl.querySelectorAll('input, textarea, select')) {
        el.readOnly = true;
        // readOnly does not hold a check box or a list: they are disabled for a reader.
        if (el.tagName === 'SELECT' || el.type === 'checkbox') el.disabled = true;
      }
    }
    if (this.previewOn) this.loadPreview();
  }

  toolbar() {
    const v = this.view;
    const bar = h('div', { class: 'actions', role: 'toolbar', 'aria-label': 'Thao tác với kế hoạch' },
      h('span', { class: 'tag ' + v.status, id: 'plan-status' }, STATUS_VI[v.status] || v.status),
      h('span', { class: 'hint', id: 'plan-version' }, 'Phiên bản ' + v.version),
      v.deletedAt ? h('span', { class: 'tag error' }, 'Đã xoá') : null);
    if (this.writable) {
      bar.append(h('button', { type: 'button', id: 'save', onclick: () => this.save() }, 'Lưu'));
      this.statusButtons = ['VALIDATED', 'ISSUED'].map((st) => h('button', { type: 'button', class: 'secondary', id: 'to-' + st, hidden: true,
        onclick: () => this.save(st) }, st === 'VALIDATED' ? 'Chuyển sang “Đã kiểm tra”' : 'Ban hành'));
      bar.append(...this.statusButtons);
      bar.append(h('button', { type: 'button', class: 'warning', id: 'delete', onclick: () => this.remove() }, 'Xoá'));
    }
    if (can('editor') && !v.deletedAt) bar.append(this.copyForm());
    if (can('editor') && v.deletedAt) bar.append(h('button', { type: 'button', id: 'restore', onclick: () => this.restore() }, 'Khôi phục'));
    bar.append(h('button', { type: 'button', class: 'secondary', id: 'toggle-preview', 'aria-pressed': String(this.previewOn),
      onclick: () => { this.previewOn = !this.previewOn; this.render(); this.validate(); } }, 'Xem trước'));
    const downloads = h('span', { class: 'actions', id: 'downloads' }, h('span', {}, 'Tải về:'),
      FORMATS.map(([f, label]) => h('a', { class: 'button secondary small', id: 'dl-' + f, href: `/app/api/plans/${this.id}/document?format=${f}`, download: '' }, label)));
    bar.append(downloads, h('a', { href: `#/plans/${this.id}/history` }, 'Lịch sử'));
    return bar;
  }

  /** Last year's plan into a new year: a new draft, its dates moved, its number blank (POST /plans/{id}/copies). */
  copyForm() {
    const year = h('input', { id: 'copy-year', type: 'number', min: 1990, max: 2200, required: true, inputmode: 'numeric',
      value: (this.plan.year || new Date().getFullYear()) + 1, class: 'year' });
    const form = h('form', { class: 'actions', id: 'copy-form', 'aria-label': 'Nhân bản sang năm khác' },
      field('Nhân bản sang năm', year), h('button', { type: 'submit', class: 'secondary', id: 'copy-plan' }, 'Nhân bản'));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const { data } = await api('POST', `plans/${this.id}/copies`, { body: { year: Number(year.value) } });
        const v = data.validation || {};
        const notice = `Đã lập dự thảo năm ${year.value} từ kế hoạch năm ${this.plan.year}: ${v.errors || 0} lỗi, ${v.warnings || 0} cảnh báo theo bộ quy tắc ${v.pack ? v.pack.id : ''}.`;
        // The router clears the status line when the page changes: the notice follows it.
        window.addEventListener('hashchange', () => status(notice), { once: true });
        location.hash = '#/plans/' + data.plan.id;
      } catch (err) {
        status('Không nhân bản được: ' + err.message, true);
      }
    });
    return form;
  }

  // --- the document's parts -------------------------------------------------------------
  letterhead() {
    const p = this.plan;
    p.issuer = p.issuer || { agency: '' };
    return h('div', { class: 'letterhead' },
      h('div', {}, this.text('Cơ quan chủ quản', p.issuer, 'parent', '/issuer/parent'),
        this.text('Cơ quan ban hành', p.issuer, 'agency', '/issuer/agency'),
        this.lines('Cơ quan ban hành, từng dòng như văn bản (khi viết trên hai dòng)', p.issuer, 'agencyLines', '/issuer/agencyLines'),
        this.choice('Loại cơ quan ban hành', p.issuer, 'kind', ISSUER_KIND_VI, '/issuer/kind'),
        p.number ? this.text('Số, ký hiệu', p.number, 'text', '/number/text') : null),
      h('div', {}, h('p', {}, h('strong', {}, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), h('br'), 'Độc lập - Tự do - Hạnh phúc'),
        p.dateLine ? this.text('Địa danh, ngày tháng', p.dateLine, 'text', '/dateLine/text') : null));
  }

  titleBlock() {
    return h('div', { class: 'title' }, this.text('Loại văn bản', this.plan, 'documentType', '/documentType'),
      this.area('Trích yếu (tiêu đề)', this.plan, 'summary', '/summary'),
      h('div', { class: 'grid' }, this.choice('Loại kế hoạch', this.plan, 'kind', PLAN_KIND_VI, '/kind'),
        this.optionalText('Chủ đề, chuyên đề (như văn bản)', this.plan, 'theme', '/theme')));
  }

  bases() {
    const pre = this.plan.preamble;
    if (!pre) return null;
    pre.legalBases = pre.legalBases || [];
    const wrap = h('section', { 'aria-labelledby': 'bases-h' }, h('h2', { id: 'bases-h' }, 'Căn cứ'));
    this.register('/preamble/legalBases', wrap);
    pre.legalBases.forEach((b, i) => wrap.append(this.item(pre.legalBases, i, '/preamble/legalBases',
      this.area('Căn cứ ' + (i + 1), b, 'text', `/preamble/legalBases/${i}/text`), () => ({ text: '', documentKind: '' }))));
    (pre.paragraphs || []).forEach((t, i) => wrap.append(this.area('Đoạn mở đầu ' + (i + 1), pre.paragraphs, i, `/preamble/paragraphs/${i}`)));
    return wrap;
  }

  sectionList(blocks, ptr, level) {
    return (blocks || []).map((b, i) => this.item(blocks, i, ptr, this.block(b, `${ptr}/${i}`, level), () => ({ type: 'paragraph', text: '' })));
  }

  block(b, ptr, level) {
    switch (b.type) {
      case 'section': {
        const head = h('div', { class: 'section-head' }, this.text('Số mục', b, 'number', ptr + '/number'), this.text('Tên mục', b, 'heading', ptr + '/heading'));
        return h('section', { 'aria-label': (b.number || '') + ' ' + (b.heading || '') }, head, this.sectionList(b.blocks, ptr + '/blocks', level + 1),
          this.addBlock(b.blocks, ptr + '/blocks', 'mục ' + (b.number || b.heading || '')));
      }
      case 'paragraph': return this.area('Đoạn văn', b, 'text', ptr + '/text');
      case 'list': return h('div', {}, h('p', { class: 'hint' }, 'Danh sách'),
        b.items.map((_, i) => this.item(b.items, i, ptr + '/items', this.area('Ý ' + (i + 1), b.items, i, `${ptr}/items/${i}`), () => '')));
      case 'tasks': return this.tasks(b, ptr);
      case 'targets': return h('div', { role: 'group', 'aria-label': 'Chỉ tiêu' }, h('p', { class: 'hint' }, 'Chỉ tiêu'),
        b.targets.map((t, i) => this.item(b.targets, i, ptr + '/targets', this.target(t, `${ptr}/targets/${i}`, i), () => ({ text: 'Chỉ tiêu mới' }))));
      case 'awards': return this.awardList(b.awards, ptr + '/awards', 'Đề nghị khen thưởng');
      case 'phases': return h('div', {}, h('p', { class: 'hint' }, 'Các đợt thi đua'),
        b.phases.map((ph, i) => this.item(b.phases, i, ptr + '/phases', h('div', {},
          this.text('Tên đợt', ph, 'name', `${ptr}/phases/${i}/name`),
          this.timing('Thời gian của đợt', ph, 'period', `${ptr}/phases/${i}/period`),
          this.area('Nội dung đợt', ph, 'text', `${ptr}/phases/${i}/text`),
          this.anniversaries(ph.anniversaries = ph.anniversaries || [], `${ptr}/phases/${i}/anniversaries`)),
        () => ({ name: 'Đợt thi đua', text: 'Đợt thi đua', period: { text: 'Quý I', kind: 'QUARTER' } }))));
      case 'assignments': return h('div', { role: 'group', 'aria-label': 'Phân công theo đơn vị' }, h('p', { class: 'hint' }, 'Phân công theo đơn vị'),
        b.assignments.map((a, i) => this.item(b.assignments, i, ptr + '/assignments', this.unitAssignment(a, `${ptr}/assignments/${i}`, i),
          () => ({ heading: 'Đơn vị', directive: 'GIAO', units: ['Đơn vị'], duties: [{ text: 'Nhiệm vụ' }] }))));
      case 'items': return h('div', { role: 'group', 'aria-label': ITEM_KIND_VI[b.kind] || 'Danh mục' },
        this.choice('Loại danh mục', b, 'kind', ITEM_KIND_VI, ptr + '/kind'),
        b.items.map((it, i) => this.item(b.items, i, ptr + '/items', h('div', { class: 'grid' },
          this.text('Số thứ tự', it, 'ordinal', `${ptr}/items/${i}/ordinal`),
          this.area((ITEM_KIND_VI[b.kind] || 'Mục') + ' ' + (i + 1), it, 'text', `${ptr}/items/${i}/text`)), () => ({ text: '' }))));
      case 'scoring': return this.scoring(b, ptr);
      default: return h('p', { class: 'hint' }, 'Khối “' + b.type + '” chỉ xem.');
    }
  }

  /** A block of a kind chosen, at the end of a section's (or an appendix's) blocks: how a scoring table comes in. */
  addBlock(list, ptr, where) {
    if (!this.writable) return null;
    const kinds = { paragraph: 'Đoạn văn', scoring: 'Bảng chấm điểm' };
    const sel = h('select', { id: uid('f'), 'data-add': ptr }, Object.entries(kinds).map(([k, text]) => h('option', { value: k }, text)));
    return h('div', { class: 'actions add-block' }, field('Thêm khối vào cuối ' + where, sel),
      h('button', { type: 'button', class: 'small secondary', 'aria-label': 'Thêm khối vào cuối ' + where,
        onclick: () => { list.push(NEW_BLOCK[sel.value]()); this.changed(true, `${ptr}/${list.length - 1}`); } }, 'Thêm'));
  }

  /**
   * A scoring table (bảng chấm điểm): the column headings (ordinal, criterion, points, then any further columns), and
   * each row with its ordinal, criterion, points as written (2,5 read as 2.5), whether it is a total, its further cells.
   */
  scoring(b, ptr) {
    const FIXED = ['Cột số thứ tự', 'Cột tiêu chí', 'Cột điểm'];
    const extra = () => b.columns.length - 3;
    const sum = h('p', { class: 'hint', 'aria-live': 'polite' });
    const showSum = () => {
      const total = b.rows.filter((r) => !r.total && typeof r.points === 'number').reduce((s, r) => s + r.points, 0);
      sum.textContent = 'Tổng điểm các dòng (trừ dòng tổng): ' + String(Math.round(total * 1000) / 1000).replace('.', ',');
    };
    showSum();
    const columns = h('div', { class: 'grid', role: 'group', 'aria-label': 'Các cột của bảng chấm điểm' });
    this.register(ptr + '/columns', columns);
    b.columns.forEach((c, j) => {
      const col = this.text(j < 3 ? FIXED[j] : 'Cột ' + (j + 1), b.columns, j, `${ptr}/columns/${j}`);
      if (j >= 3 && this.writable) {
        col.append(h('button', { type: 'button', class: 'small warning', 'aria-label': 'Xoá cột ' + (j + 1) + ' và các ô của cột',
          onclick: () => { b.columns.splice(j, 1); b.rows.forEach((r) => (r.cells || []).splice(j - 3, 1)); this.changed(true, ptr + '/columns'); } }, 'Xoá cột'));
      }
      columns.append(col);
    });
    if (this.writable) {
      columns.append(h('button', { type: 'button', class: 'small secondary', onclick: () => {
        b.columns.push('Cột mới'); b.rows.forEach((r) => { r.cells = r.cells || []; r.cells.push(''); });
        this.changed(true, `${ptr}/columns/${b.columns.length - 1}`);
      } }, 'Thêm cột'));
    }
    const rows = h('div', { class: 'score-rows', role: 'group', 'aria-label': 'Các dòng chấm điểm' });
    this.register(ptr + '/rows', rows);
    b.rows.forEach((r, i) => {
      const rp = `${ptr}/rows/${i}`;
      const points = h('input', { type: 'text', inputmode: 'decimal', value: r.pointsText ?? '', 'data-pointer': rp + '/points' });
      points.addEventListener('input', () => {
        const written = points.value.trim();
        const number = Number(written.replace(',', '.'));
        if (!written) { delete r.pointsText; delete r.points; } else {
          r.pointsText = written;
          if (Number.isFinite(number)) r.points = number; else delete r.points; // "tối đa 10": as written only
        }
        showSum(); this.changed();
      });
      const total = h('input', { type: 'checkbox', id: uid('f'), checked: !!r.total, 'data-pointer': rp + '/total' });
      total.addEventListener('change', () => { if (total.checked) r.total = true; else delete r.total; showSum(); this.changed(); });
      const pointsField = this.register(rp + '/points', field('Điểm dòng ' + (i + 1), points, 'Như văn bản: 10, 2,5'));
      this.register(rp + '/pointsText', pointsField);
      const row = h('div', { class: 'score-row', role: 'group', 'aria-label': 'Dòng ' + (i + 1) + ': ' + (r.text || '') },
        h('div', { class: 'grid' }, this.text('Số thứ tự', r, 'ordinal', rp + '/ordinal'), pointsField,
          this.register(rp + '/total', h('div', { class: 'field checkbox' }, total, h('label', { for: total.id }, 'Dòng tổng cộng')))),
        this.area('Tiêu chí dòng ' + (i + 1), r, 'text', rp + '/text'),
        extra() > 0 ? h('div', { class: 'grid' }, b.columns.slice(3).map((c, k) => this.text(c || 'Cột ' + (k + 4), r.cells, k, `${rp}/cells/${k}`))) : null);
      rows.append(this.item(b.rows, i, ptr + '/rows', row,
        () => ({ ordinal: String(b.rows.length + 1), text: 'Tiêu chí chấm điểm', pointsText: '0', points: 0, cells: b.columns.slice(3).map(() => '') })));
    });
    return h('div', { class: 'scoring', role: 'group', 'aria-label': 'Bảng chấm điểm' }, h('p', { class: 'hint' }, 'Bảng chấm điểm (' + b.rows.length + ' dòng)'),
      columns, rows, sum);
  }

  /**
   * The plan's period (thời gian thực hiện) as written, read by the model's parser as it is typed, and as fields: the
   * start, and the end as a date or as the event that ends it (across years: từ tháng 10/2025 đến khi …).
   */
  period() {
    const p = this.plan;
    const wrap = h('section', { id: 'period', 'aria-labelledby': 'period-h' }, h('h2', { id: 'period-h' }, 'Thời gian thực hiện kế hoạch'));
    this.register('/period', wrap);
    if (!p.period) {
      wrap.append(this.writable
        ? h('button', { type: 'button', class: 'small secondary', 'data-pointer': '/period', onclick: () => {
          p.period = { text: `Từ 01/01/${p.year} đến 31/12/${p.year}`, kind: 'RANGE', from: p.year + '-01-01', to: p.year + '-12-31' }; this.changed(true, '/period/text');
        } }, 'Thêm thời gian thực hiện')
        : h('p', { class: 'hint' }, 'Kế hoạch không ghi thời gian thực hiện.'));
      return wrap;
    }
    const t = p.period;
    const text = h('input', { type: 'text', value: t.text ?? '', 'data-pointer': '/period/text', placeholder: 'Từ tháng 10/2025 đến khi …' });
    const out = h('div', { class: 'parsed', 'aria-live': 'polite' }, describe(t));
    // A field changed on its own: the reading under the text says what is now stored.
    const touched = () => { out.classList.remove('bad'); out.textContent = describe(t); this.changed(); };
    const kinds = PERIOD_KINDS.includes(t.kind) ? PERIOD_KINDS : [...PERIOD_KINDS, t.kind];
    const kind = h('select', { id: uid('f'), 'data-pointer': '/period/kind' },
      kinds.map((k) => h('option', { value: k, selected: t.kind === k || null }, PERIOD_KIND_VI[k] || k)));
    const from = dateInput(t, 'from', '/period/from', touched);
    const to = dateInput(t, 'to', '/period/to', touched);
    const event = h('input', { type: 'text', value: t.event ?? '', 'data-pointer': '/period/event' });
    const toField = this.register('/period/to', field('Đến ngày', to.input, 'Ngày/tháng/năm, như 31/12/2027'));
    toField.append(to.out);
    const eventField = this.register('/period/event', field('Đến khi (sự kiện kết thúc)', event, 'Như văn bản: tổ chức thành công Đại hội …'));
    const fromField = this.register('/period/from', field('Từ ngày', from.input, 'Ngày/tháng/năm, như 01/10/2025'));
    fromField.append(from.out);
    const sync = () => {
      kind.value = t.kind; from.set(t.from); to.set(t.to); event.value = t.event ?? '';
      toField.hidden = t.kind === 'UNTIL_EVENT'; eventField.hidden = t.kind !== 'UNTIL_EVENT';
    };
    kind.addEventListener('change', () => {
      t.kind = kind.value;
      if (t.kind === 'UNTIL_EVENT') { delete t.to; t.event = t.event || event.value.trim() || 'sự kiện'; } else delete t.event;
      if (t.kind !== 'QUARTER') delete t.quarter;
      if (t.kind !== 'RECURRING') delete t.recurrence;
      if (t.kind !== 'DURATION') { delete t.duration; delete t.durationUnit; }
      sync(); touched();
    });
    event.addEventListener('input', () => { t.event = event.value; touched(); });
    let pending = null;
    text.addEventListener('input', () => {
      t.text = text.value; this.changed();
      clearTimeout(pending);
      pending = setTimeout(async () => {
        const written = text.value.trim();
        if (!written) { out.textContent = ''; return; }
        const r = await parseTiming(written, p.year);
        if (text.value.trim() !== written) return; // typed on meanwhile
        out.classList.toggle('bad', !r.ok);
        if (!r.ok) { out.textContent = r.message + ' Các ô dưới đây vẫn giữ như cũ.'; return; }
        for (const k of ['from', 'to', 'quarter', 'event', 'recurrence', 'duration', 'durationUnit', 'tentative']) delete t[k];
        Object.assign(t, readTiming(r));
        out.textContent = describe(t);
        sync(); this.changed();
      }, 250);
    });
    sync();
    const textField = this.register('/period/text', field('Thời gian (như văn bản)', text, 'Viết như văn bản: “Từ 01/01/2027 đến 31/12/2027”, “Giai đoạn 2026 - 2030”, “Từ tháng 10/2025 đến khi …”'));
    textField.append(out);
    if (this.writable) {
      wrap.append(h('div', { class: 'block-tools' }, h('button', { type: 'button', class: 'small warning', 'data-pointer': '/period/remove',
        onclick: () => { delete p.period; this.changed(true, '/period'); } }, 'Bỏ thời gian thực hiện')));
    }
    wrap.append(textField, h('div', { class: 'grid' }, this.register('/period/kind', field('Kiểu thời gian', kind)), fromField, toField, eventField));
    return wrap;
  }

  /** The appendices after the signature (PHỤ LỤC): the label, its heading lines, its blocks as in a section. */
  appendices() {
    const p = this.plan;
    const list = p.appendices || [];
    if (!this.writable && list.length === 0) return null;
    const wrap = h('section', { id: 'appendices', 'aria-labelledby': 'appx-h' }, h('h2', { id: 'appx-h' }, 'Phụ lục (' + list.length + ')'));
    this.register('/appendices', wrap);
    const make = () => ({ label: 'PHỤ LỤC', headings: ['Tiêu đề phụ lục'], blocks: [{ type: 'paragraph', text: 'Nội dung phụ lục' }] });
    list.forEach((a, i) => {
      const ap = `/appendices/${i}`;
      a.headings = a.headings || []; a.blocks = a.blocks || [];
      const headings = h('div', { role: 'group', 'aria-label': 'Tiêu đề của phụ lục ' + (i + 1) });
      this.register(ap + '/headings', headings);
      a.headings.forEach((_, j) => headings.append(this.item(a.headings, j, ap + '/headings',
        this.text('Dòng tiêu đề ' + (j + 1), a.headings, j, `${ap}/headings/${j}`), () => 'Tiêu đề')));
      if (this.writable && a.headings.length === 0) {
        headings.append(h('button', { type: 'button', class: 'small secondary', 'data-pointer': ap + '/headings',
          onclick: () => { a.headings.push('Tiêu đề'); this.changed(true, ap + '/headings/0'); } }, 'Thêm dòng tiêu đề'));
      }
      const blocks = h('div', { role: 'group', 'aria-label': 'Nội dung của phụ lục ' + (i + 1) }, this.sectionList(a.blocks, ap + '/blocks', 3),
        this.addBlock(a.blocks, ap + '/blocks', 'phụ lục ' + (i + 1)));
      this.register(ap + '/blocks', blocks);
      wrap.append(this.item(list, i, '/appendices', h('div', { class: 'appendix', role: 'group', 'aria-label': a.label || 'Phụ lục ' + (i + 1) },
        this.text('Tên phụ lục', a, 'label', ap + '/label'), headings, blocks), make));
    });
    if (this.writable && list.length === 0) {
      wrap.append(h('button', { type: 'button', class: 'small secondary', 'data-pointer': '/appendices',
        onclick: () => { p.appendices = [make()]; this.changed(true, '/appendices/0'); } }, 'Thêm phụ lục'));
    }
    return wrap;
  }

  /** A unit's assignment: who (the heading as written, the units it names), how (giao, đề nghị, phối hợp), its duties. */
  unitAssignment(a, ptr, i) {
    const units = h('input', { type: 'text', value: (a.units || []).join(', '), 'data-pointer': ptr + '/units' });
    units.addEventListener('input', () => { a.units = units.value.split(/\s*[,;]\s*/).filter(Boolean); this.changed(); });
    a.duties = a.duties || [];
    const duties = h('div', { class: 'duties', role: 'group', 'aria-label': 'Nhiệm vụ của đơn vị' });
    this.register(ptr + '/duties', duties);
    a.duties.forEach((d, j) => duties.append(this.item(a.duties, j, ptr + '/duties', h('div', {},
      this.area('Nhiệm vụ ' + (j + 1), d, 'text', `${ptr}/duties/${j}/text`),
      this.timing('Thời gian', d, 'timing', `${ptr}/duties/${j}/timing`)), () => ({ text: 'Nhiệm vụ' }))));
    if (this.writable && a.duties.length === 0) {
      duties.append(h('button', { type: 'button', class: 'small secondary', 'data-pointer': ptr + '/duties',
        onclick: () => { a.duties.push({ text: 'Nhiệm vụ' }); this.changed(true, ptr + '/duties/0'); } }, 'Thêm nhiệm vụ'));
    }
    return h('div', { class: 'assignment', role: 'group', 'aria-label': 'Đơn vị ' + (i + 1) + ': ' + (a.heading || '') },
      h('div', { class: 'grid' }, this.text('Số thứ tự', a, 'ordinal', ptr + '/ordinal'),
        this.text('Đơn vị (như văn bản)', a, 'heading', ptr + '/heading'),
        this.choice('Hình thức', a, 'directive', DIRECTIVE_VI, ptr + '/directive'),
        this.register(ptr + '/units', field('Các đơn vị', units, 'Cách nhau bằng dấu phẩy'))),
      duties);
  }

  /** A target: its words as written, what it measures, its figure and unit, and the awards it proposes. */
  target(t, ptr, i) {
    const q = t.quantity || {};
    const value = h('input', { type: 'text', inputmode: 'decimal', value: q.valueText ?? '', 'data-pointer': ptr + '/quantity/value' });
    const unit = h('input', { type: 'text', value: q.unit ?? '', 'data-pointer': ptr + '/quantity/unit' });
    // valueText is the figure as written (1,2); value the number (1.2). No figure and no unit: no quantity.
    const setQuantity = () => {
      const written = value.value.trim(); const u = unit.value.trim();
      if (!written && !u) { delete t.quantity; this.changed(); return; }
      const number = Number(written.replace(/\./g, '').replace(',', '.'));
      t.quantity = { ...(t.quantity || {}), valueText: written, value: Number.isFinite(number) ? number : written, unit: u };
      this.changed();
    };
    value.addEventListener('input', setQuantity); unit.addEventListener('input', setQuantity);
    const qualifier = h('select', { id: uid('f'), 'data-pointer': ptr + '/quantity/qualifier' }, h('option', { value: '' }, '(không ghi)'),
      ...Object.entries(QUALIFIER_VI).map(([k, text]) => h('option', { value: k, selected: q.qualifier === k || null }, text)));
    qualifier.addEventListener('change', () => {
      if (!t.quantity) return;
      if (qualifier.value) t.quantity.qualifier = qualifier.value; else delete t.quantity.qualifier;
      this.changed();
    });
    // The number as written stays beside the number read (19,3 and 19.3), as the model keeps them.
    const growth = this.optional(t, 'growth', ptr + '/growth', 'Tăng trưởng ' + (i + 1), [
      { key: 'text', label: 'Tăng trưởng (như văn bản)', hint: 'tăng 19,3% so với 2023' },
      { key: 'percentText', label: 'Phần trăm tăng', hint: 'Viết như văn bản: 19,3', mode: 'decimal' },
      { key: 'baseYear', label: 'So với năm', hint: '2023', mode: 'numeric' }], g => {
      const n = Number(String(g.percentText ?? '').replace(/\./g, '').replace(',', '.'));
      g.percent = g.percentText !== undefined && Number.isFinite(n) ? n : g.percentText;
      if (/^\d{4}$/.test(String(g.baseYear ?? ''))) g.baseYear = Number(g.baseYear);
    });
    const definition = this.optional(t, 'definition', ptr + '/definition', 'Cách tính tỷ lệ ' + (i + 1), [
      { key: 'text', label: 'Cách tính (như văn bản)', hint: 'Tỷ lệ = số doanh nghiệp có tổ chức công đoàn / tổng số doanh nghiệp' },
      { key: 'numerator', label: 'Tử số' }, { key: 'denominator', label: 'Mẫu số' }]);
    t.awards = t.awards || [];
    return h('div', { class: 'target', role: 'group', 'aria-label': 'Chỉ tiêu ' + (i + 1) },
      h('div', { class: 'grid' }, this.text('Số thứ tự chỉ tiêu', t, 'ordinal', ptr + '/ordinal'),
        this.text('Nội dung đo', t, 'description', ptr + '/description')),
      this.area('Chỉ tiêu ' + (i + 1) + ' (như văn bản)', t, 'text', ptr + '/text'),
      h('div', { class: 'grid' }, this.register(ptr + '/quantity/value', field('Con số', value, 'Viết như văn bản: 1,2')),
        this.register(ptr + '/quantity/unit', field('Đơn vị tính', unit, 'tỷ USD, %, doanh nghiệp…')),
        this.register(ptr + '/quantity/qualifier', field('Mức (như văn bản)', qualifier))),
      growth, definition,
      this.awardList(t.awards, ptr + '/awards', 'Khen thưởng gắn với chỉ tiêu'));
  }

  /** Free text that may be absent: emptied, the field is gone rather than blank. */
  optionalText(label, obj, key, ptr) {
    const input = h('input', { type: 'text', value: obj[key] ?? '', 'data-pointer': ptr });
    input.addEventListener('input', () => { const v = input.value.trim(); if (v) obj[key] = input.value; else delete obj[key]; this.changed(); });
    return this.register(ptr, field(label, input));
  }

  /** Names written on one line, parted by commas (as the documents write them); none: the field is gone. */
  csv(label, obj, key, ptr, hint) {
    const input = h('input', { type: 'text', value: (obj[key] || []).join(', '), 'data-pointer': ptr });
    input.addEventListener('input', () => {
      const names = input.value.split(/\s*,\s*/).map((n) => n.trim()).filter(Boolean);
      if (names.length) obj[key] = names; else delete obj[key];
      this.changed();
    });
    return this.register(ptr, field(label, input, hint));
  }

  /** Lines of text (one item per line); none: the field is gone. */
  lines(label, obj, key, ptr) {
    const ta = h('textarea', { rows: 2, 'data-pointer': ptr });
    ta.value = (obj[key] || []).join('\n');
    ta.addEventListener('input', () => {
      const items = ta.value.split('\n').map((l) => l.trim()).filter(Boolean);
      if (items.length) obj[key] = items; else delete obj[key];
      this.changed();
    });
    return this.register(ptr, field(label, ta));
  }

  /** An optional part of an element (a target's growth, a rate's definition) as fields; every field emptied, it is gone. */
  optional(obj, key, ptr, title, specs, normalise) {
    const part = obj[key] || {};
    const inputs = specs.map(s => h('input', { type: 'text', inputmode: s.mode || null, value: part[s.key] ?? '',
      'data-pointer': `${ptr}/${s.key}` }));
    const update = () => {
      const values = specs.map((s, n) => [s.key, inputs[n].value.trim()]);
      if (values.every(([, v]) => v === '')) { delete obj[key]; this.changed(); return; }
      const next = { ...(obj[key] || {}) };
      values.forEach(([k, v]) => { if (v === '') delete next[k]; else next[k] = v; });
      if (normalise) normalise(next);
      obj[key] = next;
      this.changed();
    };
    inputs.forEach(input => input.addEventListener('input', update));
    return this.register(ptr, h('div', { class: 'grid', role: 'group', 'aria-label': title },
      ...specs.map((s, n) => this.register(`${ptr}/${s.key}`, field(s.label, inputs[n], s.hint)))));
  }

  /** Award proposals (đề nghị khen thưởng): form, who grants, to whom, how many; reorder, insert, remove like any block. */
  awardList(list, ptr, title) {
    const wrap = h('div', { class: 'awards', role: 'group', 'aria-label': title }, h('p', { class: 'hint' }, title + ' (' + list.length + ')'));
    this.register(ptr, wrap);
    list.forEach((a, i) => wrap.append(this.item(list, i, ptr, this.award(a, `${ptr}/${i}`, i),
      () => ({ form: 'Giấy khen', recipientKind: 'COLLECTIVE', text: 'Tặng Giấy khen' }))));
    if (this.writable && list.length === 0) {
      wrap.append(h('button', { type: 'button', class: 'small secondary', 'data-pointer': ptr,
        onclick: () => { list.push({ form: 'Giấy khen', recipientKind: 'COLLECTIVE', text: 'Tặng Giấy khen' }); this.changed(true, ptr + '/0'); } },
      'Thêm đề nghị khen thưởng'));
    }
    return wrap;
  }

  award(a, ptr, i) {
    const grantors = h('input', { type: 'text', value: a.grantor || (a.grantors || []).join(', '), 'data-pointer': ptr + '/grantor' });
    grantors.addEventListener('input', () => {
      const names = grantors.value.split(/\s*[,;]\s*/).filter(Boolean);
      delete a.grantor; delete a.grantors;
      if (names.length === 1) a.grantor = names[0]; else if (names.length > 1) a.grantors = names;
      this.changed();
    });
    const kinds = a.recipientKind ? [a.recipientKind] : (a.recipientKinds || []);
    const legendId = uid('rk');
    const boxes = Object.entries(RECIPIENT_VI).map(([k, label]) => {
      const box = h('input', { type: 'checkbox', id: uid('f'), value: k, checked: kinds.includes(k), 'data-pointer': ptr + '/recipientKind' });
      box.addEventListener('change', () => {
        const chosen = boxes.filter((b) => b.input.checked).map((b) => b.input.value);
        delete a.recipientKind; delete a.recipientKinds;
        if (chosen.length === 1) a.recipientKind = chosen[0]; else if (chosen.length > 1) a.recipientKinds = chosen;
        if (chosen.length < 2) delete a.either;
        this.changed();
      });
      return { input: box, el: h('span', { class: 'field checkbox' }, box, h('label', { for: box.id }, label)) };
    });
    const minimum = h('input', { type: 'number', min: 0, inputmode: 'numeric', value: a.minimumCount ?? '', 'data-pointer': ptr + '/minimumCount' });
    minimum.addEventListener('input', () => {
      if (minimum.value === '') delete a.minimumCount; else a.minimumCount = Number(minimum.value);
      this.changed();
    });
    a.quotas = a.quotas || [];
    return h('div', { class: 'award', role: 'group', 'aria-label': 'Đề nghị khen thưởng ' + (i + 1) },
      h('div', { class: 'grid' }, this.text('Hình thức khen thưởng', a, 'form', ptr + '/form'),
        this.register(ptr + '/grantor', field('Cấp khen thưởng', grantors, 'Một hoặc nhiều cấp, cách nhau bằng dấu phẩy')),
        this.register(ptr + '/minimumCount', field('Số lượng tối thiểu', minimum))),
      this.register(ptr + '/recipientKind', h('fieldset', { class: 'kinds' },
        h('legend', { id: legendId }, 'Đối tượng được đề nghị'), boxes.map((b) => b.el))),
      this.quotas(a.quotas, ptr + '/quotas'),
      this.lines('Tiêu chuẩn (mỗi dòng một tiêu chuẩn)', a, 'standards', ptr + '/standards'),
      this.optional(a, 'dossier', ptr + '/dossier', 'Hồ sơ đề nghị ' + (i + 1), [
        { key: 'text', label: 'Hồ sơ (như văn bản)' }, { key: 'contents', label: 'Thành phần hồ sơ' },
        { key: 'submitTo', label: 'Nơi nhận hồ sơ', hint: 'Sở Nội vụ' }]),
      a.dossier ? this.timing('Hạn nộp hồ sơ', a.dossier, 'deadline', ptr + '/dossier/deadline') : null,
      this.optionalText('Nguồn kinh phí', a, 'funding', ptr + '/funding'),
      this.area('Đề nghị khen thưởng (như văn bản)', a, 'text', ptr + '/text'));
  }

  /** Quotas (ít nhất 5 doanh nghiệp, không quá 10% số cá nhân): bound, figure, whether a rate, per what. */
  quotas(list, ptr) {
    const wrap = h('div', { class: 'quotas', role: 'group', 'aria-label': 'Chỉ tiêu số lượng' });
    this.register(ptr, wrap);
    list.forEach((q, i) => {
      const qp = `${ptr}/${i}`;
      const bound = h('select', { id: uid('f'), 'data-pointer': qp + '/bound' },
        ...Object.entries(BOUND_VI).map(([k, label]) => h('option', { value: k, selected: q.bound === k || null }, label)));
      bound.addEventListener('change', () => { q.bound = bound.value; this.changed(); });
      const value = h('input', { type: 'number', min: 0, step: 'any', value: q.value ?? '', 'data-pointer': qp + '/value' });
      value.addEventListener('input', () => { q.value = value.value === '' ? null : Number(value.value); this.changed(); });
      const rate = h('input', { type: 'checkbox', id: uid('f'), checked: !!q.rate, 'data-pointer': qp + '/rate' });
      rate.addEventListener('change', () => { if (rate.checked) q.rate = true; else delete q.rate; this.changed(); });
      const row = h('div', { class: 'grid' }, this.register(qp + '/bound', field('Mức', bound)),
        this.register(qp + '/value', field('Số lượng', value)),
        this.register(qp + '/rate', h('div', { class: 'field checkbox' }, rate, h('label', { for: rate.id }, 'Là tỷ lệ (%)'))),
        this.text('Tính trên', q, 'per', qp + '/per'));
      wrap.append(this.item(list, i, ptr, row, () => ({ bound: 'AT_MOST', value: 1 })));
    });
    if (this.writable) {
      wrap.append(h('button', { type: 'button', class: 'small secondary', onclick: () => { list.push({ bound: 'AT_MOST', value: 1 }); this.changed(true, `${ptr}/${list.length - 1}`); } },
        'Thêm chỉ tiêu số lượng'));
    }
    return wrap;
  }

  tasks(b, ptr) {
    const wrap = h('div', { class: 'tasks', role: 'group', 'aria-label': 'Bảng nhiệm vụ' }, h('p', { class: 'hint' }, 'Nhiệm vụ (' + b.tasks.length + ')'));
    this.register(ptr + '/tasks', wrap);
    b.tasks.forEach((t, i) => {
      const tp = `${ptr}/tasks/${i}`;
      const row = h('div', { class: 'task', 'data-pointer': tp },
        this.text('TT', t, 'ordinal', tp + '/ordinal'),
        h('div', {}, this.area('Nội dung công việc', t, 'content', tp + '/content'),
          h('div', { class: 'grid' },
            this.timing('Thời gian', t, 'timing', tp + '/timing'),
            this.assignment('Đơn vị chủ trì', t, 'lead', tp + '/lead'),
            this.assignment('Đơn vị phối hợp', t, 'coordination', tp + '/coordination'),
            this.place('Địa điểm', t, 'place', tp + '/place'))));
      wrap.append(this.item(b.tasks, i, ptr + '/tasks', row, () => ({ ordinal: String(b.tasks.length + 1), content: 'Nhiệm vụ mới' })));
    });
    if (this.writable && b.tasks.length === 0) wrap.append(h('button', { type: 'button', class: 'small', onclick: () => { b.tasks.push({ ordinal: '1', content: 'Nhiệm vụ mới' }); this.changed(true); } }, 'Thêm nhiệm vụ'));
    return wrap;
  }

  recipients() {
    const r = this.plan.recipients;
    if (!r) return null;
    r.entries = r.entries || [];
    const wrap = h('section', { 'aria-labelledby': 'rec-h' }, h('h2', { id: 'rec-h' }, r.heading || 'Nơi nhận'));
    this.register('/recipients', wrap);
    r.entries.forEach((e, i) => wrap.append(this.item(r.entries, i, '/recipients/entries',
      h('div', { class: 'recipient', role: 'group', 'aria-label': 'Nơi nhận ' + (i + 1) },
        this.text('Nơi nhận ' + (i + 1), e, 'text', `/recipients/entries/${i}/text`, (v) => { e.name = v.replace(/[;.,]+$/, '').trim(); }),
        h('div', { class: 'grid' },
          this.choice('Mục đích', e, 'purpose', PURPOSE_VI, `/recipients/entries/${i}/purpose`, true),
          this.optionalText('Ghi chú (trong ngoặc)', e, 'note', `/recipients/entries/${i}/note`),
          e.role === 'ARCHIVE'
            ? this.csv('Nơi lưu', e, 'archiveHolders', `/recipients/entries/${i}/archiveHolders`, 'VT, VP')
            : this.csv('Các cơ quan trong dòng', e, 'addressees', `/recipients/entries/${i}/addressees`, 'Nội vụ, Tài chính, Y tế'))),
      () => ({ text: 'Lưu: VT.', name: 'Lưu: VT', role: 'ARCHIVE' }))));
    return wrap;
  }

  signature() {
    const s = this.plan.signature;
    s.authorities = s.authorities || [];
    const authorities = h('div', { role: 'group', 'aria-label': 'Thẩm quyền ký' });
    this.register('/signature/authorities', authorities);
    s.authorities.forEach((a, i) => {
      const ap = `/signature/authorities/${i}`;
      const prefix = h('select', { id: uid('f'), 'data-pointer': ap + '/prefix' },
        ...Object.entries(PREFIX_VI).map(([k, label]) => h('option', { value: k, selected: a.prefix === k || null }, label)));
      prefix.addEventListener('change', () => { a.prefix = prefix.value; delete a.written; this.changed(); });
      authorities.append(this.item(s.authorities, i, '/signature/authorities', h('div', { class: 'grid' },
        this.register(ap + '/prefix', field('Thẩm quyền ' + (i + 1), prefix)),
        this.text('Ký thay cho', a, 'signedFor', ap + '/signedFor')), () => ({ prefix: 'KT', signedFor: 'TRƯỞNG BAN' })));
    });
    if (this.writable && s.authorities.length === 0) {
      authorities.append(h('button', { type: 'button', class: 'small secondary', 'data-pointer': '/signature/authorities',
        onclick: () => { s.authorities.push({ prefix: 'KT', signedFor: 'TRƯỞNG BAN' }); this.changed(true, '/signature/authorities/0'); } }, 'Thêm thẩm quyền ký (TM., KT., …)'));
    }
    return h('section', { class: 'signature', 'aria-labelledby': 'sig-h' }, h('h2', { id: 'sig-h' }, 'Chữ ký'), authorities,
      this.text('Chức vụ người ký', s, 'position', '/signature/position'),
      s.signerOffice !== undefined && s.signerOffice !== null ? this.text('Chức vụ tại cơ quan của người ký', s, 'signerOffice', '/signature/signerOffice') : null,
      this.text('Họ và tên người ký', s, 'name', '/signature/name'));
  }

  /** The days a phase honours: the name, the date as written (11/6, read as day and month), the year of the event. */
  anniversaries(list, ptr) {
    const wrap = h('div', { class: 'anniversaries', role: 'group', 'aria-label': 'Ngày kỷ niệm' }, h('p', { class: 'hint' }, 'Ngày kỷ niệm (' + list.length + ')'));
    this.register(ptr, wrap);
    list.forEach((a, i) => {
      const ap = `${ptr}/${i}`;
      const date = h('input', { type: 'text', inputmode: 'numeric', placeholder: '11/6', value: a.dateText || (a.day ? `${a.day}/${a.month}` : ''), 'data-pointer': ap + '/day' });
      const out = h('div', { class: 'parsed', 'aria-live': 'polite' });
      date.addEventListener('input', () => {
        const m = date.value.trim().match(/^(\d{1,2})\s*\/\s*(\d{1,2})$/);
        out.classList.toggle('bad', !m);
        out.textContent = m ? `Ngày ${m[1]} tháng ${m[2]}` : 'Viết ngày/tháng, như 11/6';
        if (m) { a.day = Number(m[1]); a.month = Number(m[2]); a.dateText = date.value.trim(); this.changed(); }
      });
      const year = h('input', { type: 'number', min: 1, max: 2200, inputmode: 'numeric', value: a.eventYear ?? '', 'data-pointer': ap + '/eventYear' });
      year.addEventListener('input', () => { if (year.value === '') delete a.eventYear; else a.eventYear = Number(year.value); this.changed(); });
      const dateField = this.register(ap + '/day', field('Ngày, tháng', date, 'Như văn bản: 11/6'));
      dateField.append(out);
      wrap.append(this.item(list, i, ptr, h('div', { class: 'grid' }, this.text('Tên ngày kỷ niệm', a, 'name', ap + '/name'), dateField,
        this.register(ap + '/eventYear', field('Năm của sự kiện', year))), () => ({ name: 'Ngày kỷ niệm', day: 1, month: 1, dateText: '1/1' })));
    });
    if (this.writable && list.length === 0) {
      wrap.append(h('button', { type: 'button', class: 'small secondary', 'data-pointer': ptr,
        onclick: () => { list.push({ name: 'Ngày kỷ niệm', day: 1, month: 1, dateText: '1/1' }); this.changed(true, ptr + '/0'); } }, 'Thêm ngày kỷ niệm'));
    }
    return wrap;
  }

  // --- controls ---------------------------------------------------------------------------
  text(label, obj, key, ptr, after) {
    const input = h('input', { type: 'text', value: obj[key] ?? '', 'data-pointer': ptr });
    input.addEventListener('input', () => { obj[key] = input.value; if (after) after(input.value); this.changed(); });
    return this.register(ptr, field(label, input));
  }

  /** One of an enumeration, labelled in Vietnamese; when optional, also none ("không ghi"), which removes the field. */
  choice(label, obj, key, labels, ptr, optional = false) {
    const sel = h('select', { id: uid('f'), 'data-pointer': ptr }, optional ? h('option', { value: '' }, '(không ghi)') : null,
      ...Object.entries(labels).map(([k, text]) => h('option', { value: k, selected: obj[key] === k || null }, text)));
    sel.addEventListener('change', () => { if (sel.value) obj[key] = sel.value; else delete obj[key]; this.changed(); });
    return this.register(ptr, field(label, sel));
  }

  area(label, obj, key, ptr) {
    const ta = h('textarea', { rows: 2, 'data-pointer': ptr });
    ta.value = obj[key] ?? '';
    ta.addEventListener('input', () => { obj[key] = ta.value; this.changed(); });
    return this.register(ptr, field(label, ta));
  }

  /** A time typed as the documents write it, read by the model's parser as it is typed. */
  timing(label, obj, key, ptr) {
    const input = h('input', { type: 'text', value: obj[key] ? obj[key].text : '', 'data-pointer': ptr, class: 'timing', placeholder: 'Trước 15/4/2027' });
    const out = h('div', { class: 'parsed', 'aria-live': 'polite' }, obj[key] ? describe(obj[key]) : '');
    let pending = null;
    input.addEventListener('input', () => {
      clearTimeout(pending);
      pending = setTimeout(async () => {
        const text = input.value.trim();
        if (!text) { delete obj[key]; out.textContent = ''; this.changed(); return; }
        const r = await parseTiming(text, this.plan.year);
        if (input.value.trim() !== text) return; // typed on meanwhile
        out.classList.toggle('bad', !r.ok);
        if (r.ok) {
          obj[key] = { ...(obj[key] && obj[key].label ? { label: obj[key].label } : {}), text, ...readTiming(r) };
          out.textContent = describe(obj[key]);
          this.changed();
        } else {
          out.textContent = r.message;
        }
      }, 250);
    });
    const f = field(label, input, 'Viết như văn bản: “Trước 15/4/2027”, “Quý II”, “Trong tháng 12/2027”');
    f.append(out);
    return this.register(ptr, f);
  }

  assignment(label, obj, key, ptr) {
    const input = h('input', { type: 'text', value: obj[key] ? obj[key].text : '', 'data-pointer': ptr });
    input.addEventListener('input', () => {
      const text = input.value.trim();
      if (!text) delete obj[key];
      else obj[key] = { ...(obj[key] && obj[key].label ? { label: obj[key].label } : {}), text, units: text.split(/\s*[,;]\s*|\s+và\s+/).filter(Boolean) };
      this.changed();
    });
    return this.register(ptr, field(label, input, 'Các đơn vị cách nhau bằng dấu phẩy'));
  }

  /** Where a task takes place, as written; its column label is kept. */
  place(label, obj, key, ptr) {
    const input = h('input', { type: 'text', value: obj[key] ? obj[key].text : '', 'data-pointer': ptr });
    input.addEventListener('input', () => {
      const text = input.value.trim();
      if (!text) delete obj[key];
      else obj[key] = { ...(obj[key] && obj[key].label ? { label: obj[key].label } : {}), text: input.value };
      this.changed();
    });
    return this.register(ptr, field(label, input));
  }

  /** A block with its tools: up, down, insert after, remove (Alt+↑/↓ move it too, Alt+Insert adds, Alt+Delete removes). */
  item(list, i, listPtr, content, make) {
    const wrap = h('div', { class: 'block', 'data-index': i });
    wrap.append(content);
    if (!this.writable) return wrap;
    const act = (fn, focusAt) => () => { fn(); this.changed(true, listPtr + '/' + focusAt); };
    const up = act(() => { if (i > 0) list.splice(i - 1, 0, list.splice(i, 1)[0]); }, Math.max(0, i - 1));
    const down = act(() => { if (i < list.length - 1) list.splice(i + 1, 0, list.splice(i, 1)[0]); }, Math.min(list.length - 1, i + 1));
    const insert = act(() => list.splice(i + 1, 0, make()), i + 1);
    const remove = act(() => list.splice(i, 1), Math.max(0, i - 1));
    wrap.prepend(h('div', { class: 'block-tools' },
      h('button', { type: 'button', class: 'small secondary', onclick: up, disabled: i === 0 || null, 'aria-label': 'Chuyển lên, mục ' + (i + 1) }, '↑'),
      h('button', { type: 'button', class: 'small secondary', onclick: down, disabled: i === list.length - 1 || null, 'aria-label': 'Chuyển xuống, mục ' + (i + 1) }, '↓'),
      h('button', { type: 'button', class: 'small secondary', onclick: insert, 'aria-label': 'Chèn sau mục ' + (i + 1) }, '+ Chèn'),
      h('button', { type: 'button', class: 'small warning', onclick: remove, 'aria-label': 'Xoá mục ' + (i + 1) }, 'Xoá')));
    wrap.addEventListener('keydown', (e) => {
      if (!e.altKey || e.target.closest('.block') !== wrap) return;
      const map = { ArrowUp: up, ArrowDown: down, Insert: insert, Delete: remove };
      if (map[e.key]) { e.preventDefault(); map[e.key](); }
    });
    return wrap;
  }

  register(ptr, el) { this.fields.set(ptr, el); return el; }

  // --- a pointer: the field it names, focused and marked ----------------------------------------
  /**
   * Scrolls to the field a JSON Pointer names, or its nearest enclosing field when it names something
   * deeper (a task's deadline: its time), or the first field inside when it names a block; focuses
   * it, marks it with a visible note (an outline and words, not a colour alone) that the control is
   * described by, and says it in the status line. A pointer the plan does not have (a stale link)
   * leaves the editor at the top and says so: never an error.
   */
  reveal(pointer) {
    this.at = pointer;
    for (const el of this.main.querySelectorAll('.pointed')) el.classList.remove('pointed');
    for (const el of this.main.querySelectorAll('.pointed-note')) el.remove();
    for (const a of this.main.querySelectorAll('#review-list a[aria-current]')) a.removeAttribute('aria-current');
    const mine = this.main.querySelector(`#review-list li[data-pointer="${CSS.escape(pointer)}"] a`);
    if (mine) mine.setAttribute('aria-current', 'location');
    if (pointer === '' || pointer === '/') { window.scrollTo(0, 0); status('Mục này nói về cả kế hoạch.'); return null; }
    const found = resolves(this.plan, pointer) ? this.elementAt(pointer) : null;
    if (!found) {
      window.scrollTo(0, 0);
      status(resolves(this.plan, pointer)
        ? `Chỗ ${pointer} không có trường sửa được trong trình soạn thảo: mở từ đầu kế hoạch.`
        : `Kế hoạch không còn chỗ ${pointer} (có thể đã sửa hoặc xoá): mở từ đầu kế hoạch.`);
      return null;
    }
    const { place, control } = found;
    const label = (control && control.labels && control.labels[0] && control.labels[0].textContent) || pointer;
    const note = h('span', { class: 'pointed-note', id: uid('at') }, 'Chỗ cần kiểm tra: ', h('code', {}, pointer));
    place.classList.add('pointed');
    place.prepend(note);
    let focusable = control && !control.disabled ? control : null;
    if (!focusable) { place.setAttribute('tabindex', '-1'); focusable = place; }
    const described = focusable.getAttribute('aria-describedby');
    focusable.setAttribute('aria-describedby', described ? described + ' ' + note.id : note.id);
    place.scrollIntoView({ block: 'center' });
    focusable.focus({ preventScroll: true });
    status(`Đang ở chỗ cần kiểm tra: ${label}.`);
    return focusable;
  }

  /** The control a pointer names and the element that holds it, nearest first; null when none. */
  elementAt(pointer) {
    const named = (p) => {
      const controls = [...this.docEl.querySelectorAll(`[data-pointer="${CSS.escape(p)}"]`)].filter((el) => el.matches(CONTROLS));
      const control = controls.find((el) => el.tagName !== 'BUTTON') || controls[0];
      if (control) return { place: control.closest('.field') || control.parentElement, control };
      const place = this.fields.get(p);
      if (place) return { place, control: place.matches(CONTROLS) ? place : place.querySelector(CONTROLS) };
      return null;
    };
    const inside = () => {
      const control = [...this.docEl.querySelectorAll(`[data-pointer^="${CSS.escape(pointer + '/')}"]`)].find((el) => el.matches(CONTROLS));
      return control ? { place: control.closest('.field') || control.parentElement, control } : null;
    };
    let found = named(pointer) || inside();
    for (let p = pointer.slice(0, pointer.lastIndexOf('/')); !found && p; p = p.slice(0, p.lastIndexOf('/'))) found = named(p);
    return found;
  }

  changed(structural, focusPtr) {
    this.dirty = true;
    status('Có thay đổi chưa lưu.');
    if (structural) {
      this.render();
      if (focusPtr) {
        const el = this.main.querySelector(`[data-pointer^="${focusPtr}"]`);
        if (el) el.focus();
      }
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.validate(), 500);
  }

  // --- validation ------------------------------------------------------------------------
  async validate() {
    let report;
    try {
      report = (await api('POST', 'plans/validation', { body: this.plan })).data;
    } catch (e) {
      this.showFindings([{ ruleId: 'invalid-plan', severity: 'ERROR', pointer: e.problem.field || '', message: e.message }]);
      return;
    }
    this.showFindings(report.findings || [], report);
  }

  showFindings(findings, report) {
    for (const el of this.main.querySelectorAll('.finding[data-placed]')) el.remove();
    for (const el of this.main.querySelectorAll('.has-error')) el.classList.remove('has-error');
    const unplaced = [];
    for (const f of findings) {
      const target = this.placeFor(f.pointer || '');
      const note = h('span', { class: 'finding ' + f.severity, 'data-placed': '', 'data-rule': f.ruleId, role: f.severity === 'ERROR' ? 'alert' : null },
        h('code', {}, f.ruleId), ' ', f.message);
      if (target) {
        target.append(note);
        if (f.severity === 'ERROR') target.classList.add('has-error');
        const control = target.querySelector('input, textarea');
        if (control && f.severity === 'ERROR') control.setAttribute('aria-invalid', 'true');
      } else unplaced.push(note);
    }
    this.errors = findings.filter((f) => f.severity === 'ERROR').length;
    const warnings = findings.filter((f) => f.severity === 'WARNING').length;
    const pack = report && report.pack ? ` theo bộ quy tắc ${report.pack.id || ''}` : '';
    this.findingsEl.replaceChildren(h('p', { id: 'validation-summary', class: this.errors ? 'error-summary' : 'hint' },
      this.errors ? `${this.errors} lỗi, ${warnings} cảnh báo${pack}.` : `Không có lỗi${pack}` + (warnings ? ` (${warnings} cảnh báo).` : '.')), ...unplaced);
    for (const b of this.statusButtons || []) b.hidden = this.errors > 0 || b.id === 'to-' + this.view.status;
  }

  /** The registered field of the pointer, or of its nearest parent that has one. */
  placeFor(pointer) {
    let p = pointer;
    while (p) {
      if (this.fields.has(p)) return this.fields.get(p);
      p = p.slice(0, p.lastIndexOf('/'));
    }
    return null;
  }

  // --- saving, status, conflicts -----------------------------------------------------------
  async save(newStatus) {
    const query = newStatus ? '?status=' + newStatus : '';
    try {
      const { data, etag } = await api('PUT', `plans/${this.id}${query}`, { body: this.plan, etag: this.etag });
      this.accept(data, etag);
      status(newStatus ? 'Đã chuyển trạng thái: ' + STATUS_VI[newStatus] + '.' : 'Đã lưu phiên bản ' + data.version + '.');
    } catch (e) {
      if (e instanceof ApiError && (e.status === 412 || (e.status === 409 && e.problem.type && e.problem.type.endsWith('stale-version')))) {
        await this.conflict(newStatus);
      } else if (e instanceof ApiError && e.problem.findings) {
        this.showFindings(e.problem.findings);
        status('Không lưu được: ' + e.message, true);
      } else {
        status('Không lưu được: ' + e.message, true);
      }
    }
  }

  accept(view, etag) {
    this.view = view; this.etag = etag || `"${view.version}"`;
    this.plan = typeof view.plan === 'string' ? JSON.parse(view.plan) : view.plan;
    this.dirty = false;
    this.render();
    this.validate();
  }

  /** Someone saved first: both versions side by side; the user keeps theirs or takes the other, nothing lost. */
  async conflict(newStatus) {
    const { data: theirs, etag } = await api('GET', 'plans/' + this.id);
    const theirPlan = typeof theirs.plan === 'string' ? JSON.parse(theirs.plan) : theirs.plan;
    const mine = this.plan;
    const diff = differences(mine, theirPlan);
    const keep = h('button', { type: 'button', id: 'keep-mine', onclick: async () => {
      this.etag = etag; this.conflictEl.replaceChildren(); await this.save(newStatus);
    } }, 'Giữ bản của tôi (ghi đè phiên bản ' + theirs.version + ')');
    const take = h('button', { type: 'button', class: 'secondary', id: 'take-theirs', onclick: () => {
      this.conflictEl.replaceChildren(); this.accept(theirs, etag); status('Đã lấy phiên bản ' + theirs.version + ' của ' + (theirs.updatedBy || 'người khác') + '.');
    } }, 'Lấy bản của ' + (theirs.updatedBy || 'người khác'));
    this.conflictEl.replaceChildren(h('section', { class: 'conflict', role: 'alert', 'aria-labelledby': 'conflict-h' },
      h('h2', { id: 'conflict-h' }, 'Xung đột: ' + (theirs.updatedBy || 'người khác') + ' đã lưu phiên bản ' + theirs.version + ' trong khi bạn sửa'),
      h('p', {}, diff.length + ' chỗ khác nhau. Không bản nào bị mất cho tới khi bạn chọn.'),
      h('div', { class: 'versions' },
        h('div', {}, h('h3', {}, 'Bản của tôi'), h('pre', { id: 'mine' }, diff.map((d) => `${d.pointer}: ${d.mine}`).join('\n'))),
        h('div', {}, h('h3', {}, 'Bản đã lưu'), h('pre', { id: 'theirs' }, diff.map((d) => `${d.pointer}: ${d.theirs}`).join('\n')))),
      h('div', { class: 'actions' }, keep, take)));
    status('Không lưu được: có phiên bản mới hơn.', true);
    keep.focus();
  }

  async remove() {
    if (!confirm('Xoá kế hoạch này? Có thể khôi phục sau.')) return;
    try {
      await api('DELETE', 'plans/' + this.id, { etag: this.etag });
      status('Đã xoá (có thể khôi phục).');
      location.hash = '#/plans/' + this.id + '?deleted=' + Date.now();
    } catch (e) { status('Không xoá được: ' + e.message, true); }
  }

  async restore() {
    try {
      await api('POST', 'plans/' + this.id + '/restore');
      status('Đã khôi phục.');
      location.hash = '#/plans/' + this.id + '?restored=' + Date.now();
    } catch (e) { status('Không khôi phục được: ' + e.message, true); }
  }

  loadPreview() {
    this.previewEl.replaceChildren(h('h2', {}, 'Xem trước (bản đã lưu)'),
      h('iframe', { class: 'preview-frame', title: 'Xem trước văn bản', src: `/app/api/plans/${this.id}/document?format=html&inline=1&v=${this.view.version}` }));
  }
}

/** The fields of a time as the model's parser read them (GET /app/timing), absent ones left out. */
function readTiming(r) {
  const t = { kind: r.kind };
  for (const k of ['from', 'to', 'quarter', 'event', 'recurrence', 'duration', 'durationUnit']) if (r[k] !== undefined && r[k] !== null) t[k] = r[k];
  if (r.tentative) t.tentative = true;
  return t;
}

/** A date typed as the documents write it (01/10/2025), kept as ISO in obj[key]; empty removes it. */
function dateInput(obj, key, ptr, changed) {
  const input = h('input', { type: 'text', inputmode: 'numeric', placeholder: '31/12/2027', 'data-pointer': ptr });
  const out = h('div', { class: 'parsed', 'aria-live': 'polite' });
  const set = (iso) => { input.value = iso ? iso.split('-').reverse().join('/') : ''; out.textContent = ''; out.classList.remove('bad'); };
  input.addEventListener('input', () => {
    const v = input.value.trim();
    const m = v.match(/^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/);
    const iso = m && `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    const date = iso && new Date(iso + 'T00:00:00Z');
    const real = !!date && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
    out.classList.toggle('bad', !!v && !real);
    out.textContent = v && !real ? 'Viết ngày/tháng/năm, như 31/12/2027' : '';
    if (!v) delete obj[key]; else if (real) obj[key] = iso; else return;
    changed();
  });
  set(obj[key]);
  return { input, out, set };
}

function describe(t) {
  const d = (iso) => iso ? iso.split('-').reverse().join('/') : '';
  switch (t.kind) {
    case 'DEADLINE': return 'Hạn chót: ' + d(t.to);
    case 'RANGE': return 'Từ ' + d(t.from) + ' đến ' + d(t.to);
    case 'QUARTER': return 'Quý ' + t.quarter + (t.from ? ' (' + d(t.from) + ' – ' + d(t.to) + ')' : '');
    case 'MONTH': return 'Trong tháng: ' + d(t.from) + ' – ' + d(t.to);
    case 'UNTIL_EVENT': return 'Từ ' + d(t.from) + ' đến khi ' + t.event;
    case 'YEARS': return 'Giai đoạn ' + d(t.from) + ' – ' + d(t.to);
    default: return 'Thời gian: ' + (t.kind || '') + (t.to ? ' ' + d(t.to) : '');
  }
}

/** Leaf values that differ between two plans, by JSON Pointer. */
export function differences(a, b, ptr = '', out = []) {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ pointer: ptr || '/', mine: JSON.stringify(a) ?? '—', theirs: JSON.stringify(b) ?? '—' });
    return out;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) differences(a[k], b[k], ptr + '/' + k, out);
  return out;
}

export { uid };
