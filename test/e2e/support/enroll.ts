import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { E2E_DATABASE_FILE, E2E_PORT } from './e2eServerConfig.ts';

/** A unit and an officer made on the e2e server for one test, with fresh ids. */
export interface E2eOfficer {
  readonly unitId: string;
  readonly unitName: string;
  readonly officerId: string;
  readonly officerName: string;
}

/** Runs the admin CLI (`npm run admin -- …`) against the e2e server's database; its stdout, or throws with its stderr. */
export function adminCli(...args: string[]): string {
  const run = spawnSync('npx', ['tsx', 'src/server/admin/main.ts', ...args], {
    env: { ...process.env, DATABASE_FILE: E2E_DATABASE_FILE, PORT: String(E2E_PORT) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`admin ${args.join(' ')} failed (${run.status}): ${run.stderr}${run.stdout}`);
  return run.stdout;
}

/** Adds a commune and one officer (role "officer") through the CLI; ids are unique to this call. */
export function createOfficer(unitName = 'UBND xã Thử Nghiệm', officerName = 'Nguyễn Thị Lan'): E2eOfficer {
  const suffix = randomBytes(4).toString('hex');
  const officer = { unitId: `xa-e2e-${suffix}`, unitName, officerId: `can-bo-${suffix}`, officerName };
  adminCli('unit', 'add', officer.unitId, '--name', unitName);
  adminCli('officer', 'add', officer.unitId, officer.officerId, '--name', officerName);
  return officer;
}

/** Issues a one-time code for the officer and returns the enrollment link the CLI prints (`…/cai-dat?ma=…`). */
export function issueEnrollmentLink(officer: E2eOfficer): string {
  const out = adminCli('code', 'issue', officer.unitId, officer.officerId, '--url', `http://localhost:${E2E_PORT}`);
  const link = /(https?:\/\/\S+\/cai-dat\?ma=\S+)/.exec(out)?.[1];
  if (link === undefined) throw new Error(`no enrollment link in:\n${out}`);
  return link;
}

/** The code shown to people (`XXXX-XXXX-XX`) in the CLI's output for a link it printed. */
export function codeOf(link: string): string {
  const code = new URL(link).searchParams.get('ma');
  if (code === null) throw new Error(`no code in ${link}`);
  return code;
}

/** "Đăng ký thiết bị" in Cài đặt: the card, found by its heading. */
export function enrollmentCard(page: Page) {
  return page.getByRole('region', { name: 'Đăng ký thiết bị' });
}

/**
 * Enrolls the phone as the officer through Cài đặt, typing the code as a person would, and
 * waits for the enrolled state.
 */
export async function enrollThroughSettings(page: Page, officer: E2eOfficer): Promise<void> {
  await enrollWithCode(page, officer, codeOf(issueEnrollmentLink(officer)));
}

/** Types a one-time code issued for `officer` (on any server) into Cài đặt and waits for the enrolled state. */
export async function enrollWithCode(page: Page, officer: E2eOfficer, code: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt' }).click();
  const card = enrollmentCard(page);
  await card.getByRole('textbox', { name: 'Mã đăng ký' }).fill(code);
  await card.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(card.getByRole('status')).toContainText(`Đã đăng ký máy này với ${officer.unitName}.`);
  await expect(card.getByRole('definition').filter({ hasText: officer.officerName })).toBeVisible();
}
