// Screenshots of every screen at 1280 px and 390 px, against a running host with the demo data:
//   npm install playwright-core@1.64.1 && node docs/screenshots/take.mjs [http://localhost:8080] [output folder]
// Writes <output>/<name>.png (1280 x 900) and <output>/phone/<name>.png (390 x 844); the output folder is this
// script's folder unless given.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const out = process.argv[3] ?? dirname(fileURLToPath(import.meta.url));
const sizes = [{ dir: out, width: 1280, height: 900 }, { dir: join(out, 'phone'), width: 390, height: 844 }];
const users = {
  admin: 'admin-demo-2026', coordinator: 'coordinator-demo-2026', buddy: 'buddy-demo-2026',
};

async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('vaadin-connection-indicator[loading]'));
  await page.waitForTimeout(600);
}

async function open(page, path) {
  await page.goto(`${base}/${path}`);
  await settle(page);
}

async function firstLink(page, path, pattern) {
  await open(page, path);
  const href = await page.evaluate((p) => [...document.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href')).find((h) => new RegExp(p).test(h)), pattern);
  if (!href) throw new Error(`no link matching ${pattern} on ${path}`);
  return href.replace(/^\//, '');
}

async function signIn(page, user) {
  await open(page, 'login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', users[user]);
  await page.click('vaadin-button[slot=submit]');
  await page.waitForSelector('#main-nav', { state: 'attached' });
  await settle(page);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of sizes) {
  mkdirSync(size.dir, { recursive: true });
  const shoot = async (page, name) => page.screenshot({ path: join(size.dir, `${name}.png`), fullPage: false });
  const session = async (user) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    await signIn(page, user);
    return { context, page };
  };

  const login = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  const loginPage = await login.newPage();
  await open(loginPage, 'login');
  await shoot(loginPage, 'login');
  await login.close();

  const coordinator = await session('coordinator');
  const page = coordinator.page;
  const newcomer = await firstLink(page, 'buddy/newcomers', '^/?buddy/newcomer/\\d+$');
  const duo = await firstLink(page, 'buddy', '^/?buddy/duos/\\d+$');
  const volunteer = await firstLink(page, 'buddy/volunteers', '^/?buddy/volunteer/\\d+$');
  for (const [name, path] of [['home-coordinator', ''], ['buddy-dashboard', 'buddy'], ['buddy-newcomers', 'buddy/newcomers'],
    ['buddy-newcomer', newcomer], ['buddy-intake', 'buddy/intake'],
    ['buddy-suggestions', newcomer.replace('buddy/newcomer/', 'buddy/match/')], ['buddy-match-round', 'buddy/match-round'],
    ['buddy-duo', duo], ['buddy-volunteers', 'buddy/volunteers'], ['buddy-volunteer', volunteer],
    ['buddy-trainings', 'buddy/trainings'], ['buddy-import', 'buddy/import'], ['people', 'people']]) {
    await open(page, path);
    await shoot(page, name);
  }
  await open(page, 'buddy/volunteers');
  await page.fill('#buddy-volunteer-search input', 'koken arabisch');
  await page.keyboard.press('Enter');
  await settle(page);
  await shoot(page, 'buddy-volunteers-search');
  await coordinator.context.close();

  const admin = await session('admin');
  for (const [name, path] of [['home-admin', ''], ['buddy-settings', 'buddy/admin'], ['buddy-index', 'buddy/admin/index'],
    ['buddy-audit', 'buddy/admin/audit'], ['buddy-privacy', 'buddy/admin/privacy'], ['users', 'users'], ['plugins', 'plugins']]) {
    await open(admin.page, path);
    await shoot(admin.page, name);
  }
  await admin.context.close();

  const buddy = await session('buddy');
  await shoot(buddy.page, 'home-buddy');
  await open(buddy.page, 'buddy/me');
  await shoot(buddy.page, 'buddy-self-service');
  const weMet = await buddy.page.evaluate(() => [...document.querySelectorAll('[id^=buddy-we-met-]')]
    .map((e) => e.id).find((id) => /^buddy-we-met-\d+$/.test(id)));
  if (!weMet) throw new Error('the buddy has no "we met" button');
  await buddy.page.click(`#${weMet}`);
  await settle(buddy.page);
  await shoot(buddy.page, 'buddy-we-met');
  await buddy.context.close();
}
await browser.close();
