/**
 * The control: a page with a box and a list and nothing else, where Enter adds the line and
 * empties the box. Its figure is what the browser and a 60 Hz display cost by themselves, the
 * floor under every capture figure (ui.bench.ts measures it, profileCapture.ts traces it).
 */
export const BARE_PAGE = `<!doctype html><form id="add"><input id="line" aria-label="Line"></form><p id="count">0 lines</p><ol id="lines"></ol>
<script>
const form = document.getElementById('add'), box = document.getElementById('line'), list = document.getElementById('lines');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const item = document.createElement('li');
  item.textContent = box.value;
  list.append(item);
  box.value = '';
  document.getElementById('count').textContent = list.children.length + ' lines';
});
</script>`;

/** The bare page's box, and what shows line `count` painted there with the box emptied. */
export const BARE_BOX = '#line';
export const barePainted = (count: number) => [
  { selector: '#count', text: `${count} lines` },
  { selector: BARE_BOX, value: '' },
];
