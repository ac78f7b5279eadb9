// The rule packs page (admins): which pack is in force per province and issuer on a timeline, a pack
// file checked without installing it (its problems, or its diff against the version in force), then
// installed; a file of the watched folder removed (the version before it is in force again).
import { api, can } from './api.js';
import { h, field, formatDate } from './dom.js';

const ISSUER_VI = { BOARD: 'Ban Quản lý các KCN, Khu kinh tế', PEOPLES_COMMITTEE: 'UBND tỉnh, thành phố', DEPARTMENT: 'Sở, ngành', BLOC: 'Cụm, Khối thi đua' };
const KIND_VI = { YEARLY: 'năm', THEMED: 'chuyên đề', BLOC: 'Khối, Cụm', CAMPAIGN: 'đợt thi đua' };
const AREA_VI = { pack: 'Thông tin bộ quy tắc', rules: 'Quy tắc', 'legal-bases': 'Căn cứ pháp lý', recipients: 'Nơi nhận', days: 'Ngày kỷ niệm, thời hạn' };
const CHANGE_VI = { added: 'Thêm', removed: 'Bỏ', changed: 'Sửa' };
const DAY = 86400000;

/** The page's own stylesheet, added once: the shared app.css stays as it is. */
function stylesheet() {
  if (!document.querySelector('link[href="/assets/packs.css"]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: '/assets/packs.css' }));
  }
}

export async function packsPage(show, notice) {
  if (!can('admin')) { show('Bộ quy tắc', h('p', {}, 'Chỉ quản trị viên quản lý bộ quy tắc.')); return; }
  stylesheet();
  const [{ data: all }, { data: folder }] = await Promise.all([api('GET', 'rule-packs'), api('GET', 'rule-packs/files')]);
  const packs = (Array.isArray(all) ? all : all.items || []).map((p) => p.pack || p);
  const rerender = (message) => packsPage(show, message);
  // show() hands its arguments to replaceChildren, which would write a null as the text "null".
  show('Bộ quy tắc', ...[
    h('p', { class: 'hint' }, 'Bộ quy tắc quyết định mẫu dự thảo và các quy tắc kiểm tra kế hoạch của từng tỉnh, cơ quan ban hành và thời kỳ. '
      + 'Cài đặt một bộ mới: chọn tệp, xem kết quả chạy thử và những thay đổi so với bộ đang có hiệu lực, rồi bấm Cài đặt.'),
    notice ? h('div', { id: 'pack-notice', class: 'notice', role: 'status', tabindex: '-1' }, notice) : null,
    uploadSection(rerender),
    timelineSection(packs),
    filesSection(folder, rerender),
    allPacksSection(packs)].filter(Boolean));
  if (notice) document.getElementById('pack-notice').focus();
}

// --- Upload, dry run, install ---------------------------------------------------------------------

function uploadSection(rerender) {
  const input = h('input', { id: 'pack-file', type: 'file', accept: '.yaml,.yml,.json', required: true });
  const result = h('div', { id: 'check-result', 'aria-live': 'polite' });
  const form = h('form', { id: 'pack-upload', class: 'filters' },
    field('Tệp bộ quy tắc (YAML hoặc JSON)', input, 'Tệp mô tả bộ quy tắc, ví dụ do lệnh thidua:pack-new tạo. Chưa có gì được cài đặt ở bước này.'),
    h('button', { type: 'submit', id: 'check-pack' }, 'Chạy thử'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = input.files[0];
    if (!file) return;
    const text = await file.text();
    const type = /\.json$/i.test(file.name) ? 'application/json' : 'application/yaml';
    result.replaceChildren(h('p', {}, 'Đang chạy thử…'));
    try {
      const { data } = await api('POST', 'rule-packs/check', { body: text, type });
      result.replaceChildren(...checked(data, text, type, file.name, rerender).filter(Boolean));
    } catch (err) {
      result.replaceChildren(...refused(err, file.name));
    }
    const heading = result.querySelector('h3');
    if (heading) heading.focus();
  });
  return h('section', { 'aria-labelledby': 'upload-h' }, h('h2', { id: 'upload-h' }, 'Cài đặt bộ quy tắc mới'), form, result);
}

/** A pack that would be refused: every problem with the place in the file it names. */
function refused(err, fileName) {
  const problems = (err.problem && err.problem.problems) || [];
  return [h('div', { class: 'error-summary', id: 'check-refused' },
    h('h3', { tabindex: '-1' }, `Tệp ${fileName} sẽ bị từ chối: không có gì được cài đặt`),
    problems.length ? h('ul', {}, problems.map((p) => h('li', {}, h('code', {}, p.pointer || '(cả tệp)'), ' ', p.message)))
      : h('p', {}, err.message))];
}

function checked(report, text, type, fileName, rerender) {
  const pack = report.pack;
  const extension = type === 'application/json' ? '.json' : '.yaml';
  const name = pack.id.replace('@', '-').toLowerCase() + extension; // the server's RulePackFiles.fileName
  const install = h('button', { type: 'button', id: 'install-pack' }, `Cài đặt ${pack.id}`);
  install.addEventListener('click', async () => {
    install.disabled = true;
    try {
      const { data, status } = await api('PUT', 'rule-packs/files/' + encodeURIComponent(name), { body: text, type });
      rerender(`Đã cài đặt ${pack.id} (tệp ${data.name}, ${status === 201 ? 'tạo mới' : 'thay tệp cũ'}). `
        + inForceSentence(pack, data.inForce, data.inForceOn));
    } catch (err) {
      install.disabled = false;
      install.after(h('p', { class: 'error-summary', role: 'alert' }, 'Không cài đặt được: ' + err.message));
    }
  });
  const changes = report.changes || [];
  return [
    h('h3', { tabindex: '-1' }, `Kết quả chạy thử: ${pack.id} có thể cài đặt`),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Tệp'), h('dd', {}, fileName),
      h('dt', {}, 'Tỉnh'), h('dd', {}, pack.provinceName || pack.provinceCode),
      h('dt', {}, 'Cơ quan ban hành'), h('dd', {}, ISSUER_VI[pack.issuerKind] || pack.issuerKind),
      h('dt', {}, 'Loại kế hoạch'), h('dd', {}, (pack.planKinds || []).map((k) => KIND_VI[k] || k).join(', ')),
      h('dt', {}, 'Hiệu lực'), h('dd', {}, period(pack)),
      h('dt', {}, 'Dự thảo đã lập thử'), h('dd', {}, (report.draftedYears || []).join(', ') + ' (không có lỗi)'),
      h('dt', {}, 'So với bộ đang có hiệu lực'), h('dd', { id: 'check-against' }, report.inForce || 'chưa có bộ nào')),
    h('h4', {}, report.inForce ? `${changes.length} thay đổi so với ${report.inForce}` : 'Không có bộ nào để so sánh'),
    changes.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'pack-changes' },
      h('caption', { class: 'sr-only' }, 'Thay đổi so với bộ quy tắc đang có hiệu lực'),
      h('thead', {}, h('tr', {}, ['Phần', 'Thay đổi', 'Mục', 'Trước', 'Sau'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, changes.map((c) => h('tr', {}, h('td', {}, AREA_VI[c.area] || c.area), h('td', {}, CHANGE_VI[c.change] || c.change),
        h('td', {}, c.item), h('td', {}, c.before ?? '—'), h('td', {}, c.after ?? '—')))))) : null,
    h('div', { class: 'actions' }, install, h('span', { class: 'hint' }, `Lưu thành tệp ${name} trong thư mục rulepacks của máy chủ.`)),
  ];
}

function inForceSentence(pack, inForce, on) {
  return `Từ ${formatDate(on)}, bộ quy tắc có hiệu lực cho ${pack.provinceName || pack.provinceCode} – `
    + `${ISSUER_VI[pack.issuerKind] || pack.issuerKind}: ${inForce || 'không có'}.`;
}

function period(p) {
  return p.validTo ? `${formatDate(p.validFrom)} – ${formatDate(p.validTo)}` : `từ ${formatDate(p.validFrom)}`;
}

// --- Timeline: which pack is in force, per province and issuer ----------------------------------

function versionParts(v) {
  const [a, b, c, q] = String(v || '0').split('.');
  return [Number(a) || 0, Number(b) || 0, Number(c) || 0, q || ''];
}

function compareVersions(x, y) {
  const a = versionParts(x); const b = versionParts(y);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}

const toDay = (iso) => Date.parse(iso.slice(0, 10) + 'T00:00:00Z');
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The periods in which each pack of a group is in force, by the registry's rule: of the loaded packs
 * covering a day, the highest version.
 */
export function inForceSegments(packs) {
  const cuts = new Set();
  for (const p of packs) { cuts.add(toDay(p.validFrom)); if (p.validTo) cuts.add(toDay(p.validTo) + DAY); }
  const days = [...cuts].sort((a, b) => a - b);
  const segments = [];
  days.forEach((day, i) => {
    const covering = packs.filter((p) => toDay(p.validFrom) <= day && (!p.validTo || day <= toDay(p.validTo)));
    if (!covering.length) return;
    const winner = covering.reduce((a, b) => (compareVersions(a.version, b.version) >= 0 ? a : b));
    const to = i + 1 < days.length ? days[i + 1] - DAY : null;
    const last = segments[segments.length - 1];
    if (last && last.pack === winner && last.to !== null && last.to + DAY === day) last.to = to;
    else segments.push({ pack: winner, from: day, to });
  });
  return segments;
}

function timelineSection(packs) {
  const loaded = packs.filter((p) => p.state === 'LOADED' && p.validFrom);
  const clock = new Date(); // the local day: "today" in Vietnam for a user there
  const today = Date.UTC(clock.getFullYear(), clock.getMonth(), clock.getDate());
  const groups = new Map();
  for (const p of loaded) {
    const key = p.provinceCode + '/' + p.issuerKind;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(p);
  }
  const years = loaded.flatMap((p) => [Number(p.validFrom.slice(0, 4)), p.validTo ? Number(p.validTo.slice(0, 4)) : 0]);
  const first = Math.min(...years.filter(Boolean), new Date().getUTCFullYear());
  const last = Math.max(...years, new Date().getUTCFullYear()) + 1;
  const start = Date.UTC(first, 0, 1); const end = Date.UTC(last + 1, 0, 1);
  const place = (el, from, to) => {
    el.style.left = (100 * (from - start) / (end - start)) + '%';
    el.style.width = Math.max(0.6, 100 * ((to ?? end - DAY) + DAY - from) / (end - start)) + '%';
    return el;
  };
  const track = (...content) => {
    const line = h('span', { class: 'tl-today' });
    line.style.left = (100 * (today - start) / (end - start)) + '%';
    return h('span', { class: 'tl-track', 'aria-hidden': 'true' }, ...content, line);
  };
  const ticks = [];
  for (let y = first; y <= last; y++) ticks.push(place(h('span', { class: 'tl-tick' }, String(y)), Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)));
  const rows = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => {
    group.sort((a, b) => compareVersions(a.version, b.version));
    const segments = inForceSegments(group);
    const now = segments.find((s) => s.from <= today && (s.to === null || today <= s.to));
    const head = group[0];
    return h('li', { class: 'tl-group', 'data-group': key },
      h('h3', {}, `${head.provinceName || head.provinceCode} – ${ISSUER_VI[head.issuerKind] || head.issuerKind}`),
      h('p', { class: 'tl-now' }, 'Hôm nay: ', now ? h('strong', {}, now.pack.id) : 'không có bộ nào có hiệu lực'),
      h('ol', { class: 'tl-segments', 'aria-label': 'Bộ quy tắc có hiệu lực theo thời gian' }, segments.map((s) => h('li', { class: 'tl-row', 'data-pack': s.pack.id },
        h('span', { class: 'tl-label' }, s.to === null ? `từ ${formatDate(toIso(s.from))}` : `${formatDate(toIso(s.from))} – ${formatDate(toIso(s.to))}`,
          ': ', h('strong', {}, s.pack.id), s === now ? ' (đang áp dụng)' : ''),
        track(place(h('span', { class: 'tl-bar' + (s === now ? ' now' : '') }), s.from, s.to))))));
  });
  return h('section', { 'aria-labelledby': 'timeline-h', id: 'timeline' },
    h('h2', { id: 'timeline-h' }, 'Bộ quy tắc có hiệu lực theo tỉnh và cơ quan ban hành'),
    h('p', { class: 'hint' }, 'Mỗi ngày, bộ có phiên bản cao nhất trong số các bộ có hiệu lực ngày đó được áp dụng. Vạch đỏ: hôm nay.'),
    h('div', { class: 'tl-row tl-axis', 'aria-hidden': 'true' }, h('span', {}), track(...ticks)),
    h('ul', { class: 'tl-groups' }, rows));
}

// --- The watched folder's files, and rollback ----------------------------------------------------

function filesSection(folder, rerender) {
  const files = folder.items || [];
  const dialog = removeDialog(rerender);
  return h('section', { 'aria-labelledby': 'files-h' },
    h('h2', { id: 'files-h' }, 'Tệp trong thư mục rulepacks'),
    h('p', { class: 'hint' }, 'Gỡ một tệp: bộ quy tắc của tệp thôi có hiệu lực và không tự quay lại; phiên bản có hiệu lực trước đó được áp dụng lại. '
      + `Bộ quy tắc đi kèm phần mềm không nằm ở đây. Mỗi tệp tối đa ${Math.round(folder.maxPackBytes / 1024)} KB.`),
    files.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'pack-files' },
      h('caption', { class: 'sr-only' }, 'Tệp bộ quy tắc trong thư mục theo dõi'),
      h('thead', {}, h('tr', {}, ['Tệp', 'Bộ quy tắc', 'Trạng thái', 'Kích thước', 'Ghi lúc', 'Thao tác'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, files.map((f) => {
        const remove = h('button', { type: 'button', class: 'small warning remove-file', 'data-file': f.name, 'aria-label': `Gỡ tệp ${f.name}` }, 'Gỡ tệp');
        remove.addEventListener('click', () => dialog.ask(f, remove));
        return h('tr', {}, h('td', {}, h('code', {}, f.name)), h('td', {}, f.loaded ? f.loaded.id : '—'),
          h('td', {}, f.loaded ? h('span', { class: 'tag VALIDATED' }, 'Đã nạp') : null, f.refused ? h('span', { class: 'tag error', title: f.refused.refusal }, 'Bị từ chối') : null,
            f.refused ? h('div', { class: 'hint' }, f.refused.refusal) : null),
          h('td', {}, (f.size / 1024).toFixed(1).replace('.', ',') + ' KB'), h('td', {}, f.modified ? new Date(f.modified).toLocaleString('vi-VN') : ''),
          h('td', {}, remove));
      })))) : h('p', { id: 'pack-files-empty' }, 'Thư mục chưa có tệp nào.'),
    dialog.element);
}

/** One confirmation dialog (native, modal: focus stays inside, Esc cancels) for every file's removal. */
function removeDialog(rerender) {
  const title = h('h2', { id: 'remove-h' });
  const text = h('p', { id: 'remove-text' });
  const confirm = h('button', { type: 'button', class: 'warning', id: 'confirm-remove' }, 'Gỡ tệp');
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'cancel-remove' }, 'Huỷ');
  const element = h('dialog', { id: 'remove-dialog', 'aria-labelledby': 'remove-h', 'aria-describedby': 'remove-text' },
    title, text, h('div', { class: 'actions' }, confirm, cancel));
  let file = null; let opener = null;
  cancel.addEventListener('click', () => { element.close(); if (opener) opener.focus(); });
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    try {
      const { data } = await api('DELETE', 'rule-packs/files/' + encodeURIComponent(file.name));
      element.close();
      const pack = data.removed.loaded;
      rerender(`Đã gỡ tệp ${file.name}` + (pack ? ` (${pack.id}). ` + inForceSentence(pack, data.inForce, data.inForceOn) : '.'));
    } catch (err) {
      text.textContent = 'Không gỡ được: ' + err.message;
    } finally { confirm.disabled = false; }
  });
  return {
    element,
    ask(f, button) {
      file = f; opener = button;
      title.textContent = `Gỡ tệp ${f.name}?`;
      text.textContent = f.loaded ? `Bộ quy tắc ${f.loaded.id} sẽ thôi có hiệu lực; phiên bản có hiệu lực trước đó cho `
        + `${f.loaded.provinceName || f.loaded.provinceCode} được áp dụng lại.` : 'Tệp này không có bộ quy tắc nào đang được nạp.';
      element.showModal();
      cancel.focus();
    },
  };
}

function allPacksSection(packs) {
  return h('section', { 'aria-labelledby': 'all-h' }, h('h2', { id: 'all-h' }, 'Tất cả bộ quy tắc đã tìm thấy'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'pack-list' },
      h('thead', {}, h('tr', {}, ['Bộ quy tắc', 'Tỉnh', 'Cơ quan ban hành', 'Phiên bản', 'Hiệu lực', 'Nguồn', 'Trạng thái'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, packs.map((p) => h('tr', {}, h('td', {}, p.state === 'LOADED' ? p.id : '—'), h('td', {}, p.provinceName || p.provinceCode || ''),
        h('td', {}, ISSUER_VI[p.issuerKind] || p.issuerKind || ''), h('td', {}, p.version || ''),
        h('td', {}, p.validFrom ? period(p) : ''), h('td', {}, p.origin || ''),
        h('td', {}, p.state === 'LOADED' ? 'Đã nạp' : h('span', {}, h('span', { class: 'tag error' }, 'Bị từ chối'), ' ', p.refusal || ''))))))));
}
