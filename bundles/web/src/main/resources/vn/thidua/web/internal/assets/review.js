// The importer's review list of a plan stored as a draft, kept beside the editor until the person has
// checked it. The API does not store a review list (the plan model has no place for it, and the
// importer answers it once), so it is kept in the tab's sessionStorage under the plan's id: it
// survives a reload and the editor's own navigation, and is gone with the tab. Each item links to
// the editor at its JSON Pointer (#/plans/<id>?at=<pointer>); an item can be marked checked.
import { h } from './dom.js';

const KEY = 'thidua.review.';

/** Keeps the review list of a plan just stored (items as the importer answers them: pointer, decision, alternatives, confidence). */
export function keepReview(planId, items) {
  if (!items || !items.length) return;
  try {
    sessionStorage.setItem(KEY + planId, JSON.stringify({ items, checked: [] }));
  } catch (e) { /* storage full or refused: the list is not kept, the draft is */ }
}

export function keptReview(planId) {
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEY + planId) || 'null');
    return kept && Array.isArray(kept.items) ? kept : null;
  } catch (e) { return null; }
}

function markChecked(planId, index, checked) {
  const kept = keptReview(planId);
  if (!kept) return;
  const set = new Set(kept.checked);
  if (checked) set.add(index); else set.delete(index);
  kept.checked = [...set].sort((a, b) => a - b);
  sessionStorage.setItem(KEY + planId, JSON.stringify(kept));
}

/** The editor's link to a pointer: the pointer's slashes stay readable, anything else is escaped. */
export function pointerHref(planId, pointer) {
  return `#/plans/${planId}?at=${encodeURIComponent(pointer || '/').replace(/%2F/g, '/')}`;
}

export function confidenceText(c) { return Math.round((c ?? 0) * 100) + ' %'; }

/** The panel shown above the editor, or null when the plan has no kept review list. */
export function reviewPanel(planId, current) {
  const kept = keptReview(planId);
  if (!kept) return null;
  const count = h('span', { id: 'review-count' });
  const counted = () => { count.textContent = `đã kiểm tra ${kept.checked.length}/${kept.items.length}`; };
  counted();
  const list = h('ol', { id: 'review-list', class: 'import-review' }, kept.items.map((r, i) => {
    const box = h('input', { type: 'checkbox', id: 'review-checked-' + i, checked: kept.checked.includes(i) });
    const li = h('li', { class: 'card' + (box.checked ? ' checked' : ''), 'data-pointer': r.pointer || '' },
      h('p', {}, h('a', { href: pointerHref(planId, r.pointer), class: 'review-link', 'aria-current': r.pointer === current ? 'location' : null },
        'Đã chọn: ', r.decision || '')),
      h('p', { class: 'hint' }, 'Vị trí: ', h('code', {}, r.pointer || '/'), ' · Độ tin cậy: ', confidenceText(r.confidence)),
      (r.alternatives || []).length ? h('p', { class: 'hint' }, 'Phương án khác: ', r.alternatives.join('; ')) : null,
      h('div', { class: 'field checkbox' }, box, h('label', { for: box.id }, 'Đã kiểm tra')));
    box.addEventListener('change', () => {
      markChecked(planId, i, box.checked);
      kept.checked = keptReview(planId).checked;
      li.classList.toggle('checked', box.checked);
      counted();
    });
    return li;
  }));
  return h('details', { id: 'review-panel', class: 'review-panel', open: true },
    h('summary', {}, h('strong', {}, `${kept.items.length} chỗ cần kiểm tra lại sau khi nhập`), ' (', count, ')'),
    h('p', { class: 'hint' }, 'Mỗi mục mở trình soạn thảo tại chỗ đó. Danh sách được giữ trong thẻ trình duyệt này cho đến khi đóng thẻ.'),
    list);
}
