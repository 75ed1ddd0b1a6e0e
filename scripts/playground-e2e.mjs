// The playground's own promises, checked in the page as a user meets them (demo-e2e.mjs runs this
// against the dev server and the static build): the URL names the story and keeps what the
// controls changed through a reload, old index links still land; Reset; search; the theme and
// width toggles; the dashboard's tab and its control in step both ways; the docs page renders
// the manifest's Markdown; axe loads only when its panel opens; the mock API keeps a story's
// writes to that story and its data reconciles.

/** Every credits element on the stage (and inside it) has finished loading. */
export function stageLoaded() {
  const inside = (root) =>
    [...root.querySelectorAll('*')].flatMap((el) =>
      el.shadowRoot ? [el, ...inside(el.shadowRoot)] : [],
    );
  const busy = (el) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy');
  const all = inside(document.getElementById('stage')).filter((el) => busy(el) != null);
  return all.length > 0 && all.every((el) => busy(el) === 'false');
}

/** The relative luminance (0 black, 1 white) of the background of what `selector` finds. */
function backgrounds() {
  const luminance = (colour) => {
    const [r, g, b] = colour.match(/[\d.]+/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  const stage = document.getElementById('stage');
  const card = stage.querySelector('credits-balance').shadowRoot.querySelector('[part~="base"]');
  return {
    stage: luminance(getComputedStyle(stage).backgroundColor),
    card: luminance(getComputedStyle(card).backgroundColor),
  };
}

export async function checkPlayground(page, origin, fail) {
  const hash = () => page.evaluate(() => decodeURIComponent(location.hash));
  const open = async (path) => {
    await page.goto(`${origin}#/${path}`);
    await page.waitForFunction(stageLoaded, null, { timeout: 15_000 });
  };
  const reload = async () => {
    await page.reload();
    await page.waitForFunction(stageLoaded, null, { timeout: 15_000 });
  };
  await page.locator('#tab-controls').click();

  // An old link by index lands on the story, named in the URL by its slug.
  await open('credits-balance/1');
  if ((await hash()) !== '#/credits-balance/operator')
    fail(`#/credits-balance/1 became ${await hash()}, not #/credits-balance/operator`);

  // Controls go into the URL, and a reload keeps them.
  await page.locator('#control-admin').check();
  await page.locator('#control-low-balance').fill('20000');
  await page.locator('#control-low-balance').press('Tab');
  const changed = '#/credits-balance/operator?admin&low-balance=20000';
  if ((await hash()) !== changed) fail(`the URL after two controls reads ${await hash()}`);
  await reload();
  if (!(await page.locator('#control-admin').isChecked())) fail('a reload lost admin');
  if ((await page.locator('#control-low-balance').inputValue()) !== '20000')
    fail('a reload lost low-balance');
  await page.locator('#stage [part~="purchase-button"]').waitFor();
  if ((await page.locator('#snippet').textContent()).includes('locale='))
    fail('the snippet pins a locale');

  // Reset: the story's own values again, in the controls, the element and the URL.
  await page.locator('#reset').click();
  await page.waitForFunction(stageLoaded);
  if (await page.locator('#control-admin').isChecked()) fail('Reset left admin on');
  if ((await hash()) !== '#/credits-balance/operator')
    fail(`after Reset the URL is ${await hash()}`);
  if (await page.locator('#stage [part~="purchase-button"]').count())
    fail('after Reset the operator still sees Purchase Credits');

  // The theme toggle: the stage and the element turn dark, the snippet carries the CSS, the
  // URL keeps it through a reload.
  await page.locator('label[for="theme-dark"]').click();
  const dark = await page.evaluate(backgrounds);
  if (dark.stage > 0.2 || dark.card > 0.2)
    fail(
      `the Dark theme left the stage at ${dark.stage.toFixed(2)}, the card at ${dark.card.toFixed(2)}`,
    );
  if (!(await page.locator('#snippet').textContent()).includes('color-scheme: dark'))
    fail("the snippet misses the dark theme's CSS");
  if (!(await hash()).includes('theme=dark')) fail('the URL misses the theme');
  await reload();
  if ((await page.evaluate(backgrounds)).card > 0.2) fail('a reload lost the dark theme');
  await page.locator('label[for="theme-light"]').click();
  if ((await page.evaluate(backgrounds)).card < 0.8) fail('the Light theme left the card dark');

  // The width switcher sets the stage's width.
  await page.locator('label[for="viewport-390"]').click();
  const width = await page.locator('#frame').evaluate((frame) => frame.offsetWidth);
  if (width !== 390) fail(`the 390 width made the stage ${width} px wide`);
  if (!(await hash()).includes('viewport=390')) fail('the URL misses the width');
  await page.locator('label[for="viewport-fit"]').click();

  // Search: only the matching stories show, and "/" gets there from anywhere.
  await page.locator('#title').click();
  await page.keyboard.press('/');
  if (!(await page.locator('#search').evaluate((s) => s === document.activeElement)))
    fail('"/" did not focus the search');
  await page.keyboard.type('pending');
  const found = await page.locator('#groups a:visible').allTextContents();
  if (found.length < 2 || !found.every((name) => /pending/i.test(name)))
    fail(`searching "pending" shows ${JSON.stringify(found)}`);
  const status = await page.locator('#search-status').textContent();
  if (!status.startsWith(`${found.length} stories`)) fail(`the search says "${status}"`);
  await page.locator('#search').fill('');
  await page.keyboard.press('Escape');

  // The dashboard's tab and its control follow each other, and the URL keeps the tab.
  await open('credits-dashboard/admin');
  const stage = page.locator('#stage');
  await stage.getByRole('tab', { name: 'Billing & Transactions' }).click();
  await page.waitForFunction(() => document.getElementById('control-tab').value === 'billing');
  if (!(await hash()).includes('tab=billing')) fail('the URL misses the tab clicked');
  await reload();
  if ((await page.locator('#control-tab').inputValue()) !== 'billing')
    fail('a reload lost the tab');
  const selected = stage.getByRole('tab', { selected: true });
  if (!(await selected.textContent()).includes('Billing')) fail('a reload opened another tab');
  await page.locator('#control-tab').selectOption('subscription');
  await stage.getByRole('tab', { name: 'Subscription', selected: true }).waitFor();

  // The mock: a Recheck confirms the pending payment and its credits join the balance; the
  // next story (or the same one again) starts from the unchanged data.
  const balance = async () =>
    Number(
      (await stage.locator('credits-balance [part~="value"]').textContent()).replace(/\D/g, ''),
    );
  await open('credits-dashboard/admin');
  const before = await balance();
  await stage.getByRole('tab', { name: 'Billing & Transactions' }).click();
  await stage.getByRole('button', { name: 'Recheck payment pay_7QK2M' }).click();
  await stage.locator('a[aria-label="Download invoice INV-2026-0113"]').waitFor();
  await stage.getByRole('tab', { name: 'Credits' }).click();
  await page
    .waitForFunction(
      (want) =>
        document
          .querySelector('#stage credits-dashboard')
          .shadowRoot.querySelector('credits-balance')
          ?.shadowRoot.querySelector('[part~="value"]')
          ?.textContent.replace(/\D/g, '') === String(want),
      before + 5000,
      { timeout: 10_000 },
    )
    .catch(() => fail('the confirmed payment’s 5,000 credits never reached the balance'));
  await open('credits-payments/admin');
  await stage.getByRole('button', { name: 'Recheck payment pay_7QK2M' }).waitFor();
  await open('credits-dashboard/admin');
  if ((await balance()) !== before) fail('the Recheck of another story leaked into this one');

  // The mock's data reconciles: each purchase's payment is a completed row of Payments.
  const mismatches = await page.evaluate(async () => {
    const init = { headers: { 'X-Demo-Session': 'e2e-reconcile' } };
    const get = (path) => fetch(`/api/credits${path}`, init).then((r) => r.json());
    const [purchases, payments] = await Promise.all([
      get('/transactions?kind=purchase&limit=100'),
      get('/payments?limit=100'),
    ]);
    const out = [];
    for (const t of purchases.items.filter((t) => t.details?.paymentId)) {
      const p = payments.items.find((p) => p.id === t.details.paymentId);
      if (
        !p ||
        p.status !== 'completed' ||
        p.credits !== t.credits ||
        p.orderId !== t.details.orderId
      )
        out.push(`purchase ${t.id} names ${t.details.paymentId}, which Payments does not match`);
    }
    for (const p of payments.items.filter((p) => p.type === 'credits' && p.status === 'completed'))
      if (!purchases.items.some((t) => t.details?.paymentId === p.id))
        out.push(`completed payment ${p.id} is not in the purchase history`);
    return out;
  });
  if (mismatches.length) fail(mismatches.join('\n'));

  // The docs page: the manifest's Markdown rendered (code, not backticks; readable defaults).
  await page.goto(`${origin}#/credits-balance/docs`);
  await page.locator('#docs-view table').first().waitFor();
  const docs = await page.locator('#docs-view').textContent();
  if (docs.includes('`')) fail('the docs page shows raw backticks');
  if (docs.includes("''")) fail("the docs page shows '' defaults");
  if (!(await page.locator('#docs-view td code', { hasText: 'credits-view-billing' }).count()))
    fail('the docs page did not render inline code in descriptions');
  if (await page.locator('#story-view').isVisible()) fail('the docs page shows the story too');

  // Accessibility: axe loads when its panel opens (not before), and the story passes.
  await open('credits-balance/admin');
  const axeLoaded = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((e) => /axe/i.test(e.name)));
  if (await axeLoaded()) fail('axe was loaded before its panel was opened');
  await page.locator('#tab-a11y').click();
  await page
    .waitForFunction(
      () =>
        /^(No violations|\d+ rules? failed)/.test(
          document.getElementById('a11y-status').textContent,
        ),
      null,
      { timeout: 30_000 },
    )
    .catch(async () =>
      fail(`axe never reported: "${await page.locator('#a11y-status').textContent()}"`),
    );
  const verdict = await page.locator('#a11y-status').textContent();
  if (!verdict.startsWith('No violations')) fail(`axe on the balance: ${verdict}`);
  if (!(await axeLoaded())) fail('the panel reported without loading axe');
  await page.locator('#tab-controls').click();
}
