import { describe, expect, it } from 'vitest';
import { STEP_KIND_IDS } from '../story/stepKinds';
import { DEFAULT_MESSAGES, loadMessages, MESSAGE_LANGUAGES } from './locales';
import { en } from './messages/en';

describe('the interface’s languages', () => {
	it('are the messages files, English among them and the default', () => {
		expect(MESSAGE_LANGUAGES).toContain('en');
		expect([...MESSAGE_LANGUAGES]).toEqual([...MESSAGE_LANGUAGES].sort());
		expect(DEFAULT_MESSAGES).toBe(en);
	});

	it('each load their own file, named by their tag', async () => {
		for (const lang of MESSAGE_LANGUAGES) expect((await loadMessages(lang)).meta.lang).toBe(lang);
		expect(await loadMessages('en')).toBe(en);
	});

	it('refuse a language without a messages file, naming the file to add', async () => {
		await expect(loadMessages('xx')).rejects.toThrow(/no messages for "xx".*src\/lib\/i18n\/messages\/xx\.ts/);
	});
});

describe('en', () => {
	it('names every kind of step, and heads its checkable part', () => {
		expect(Object.keys(en.kind).sort()).toEqual([...STEP_KIND_IDS].sort());
		for (const kind of STEP_KIND_IDS) expect(en.kind[kind].label && en.kind[kind].facts, kind).toBeTruthy();
	});

	it('announces a naming choice in the words the story gives it, and says the status is unchanged', () => {
		expect(en.announce.names('Southland names')).toMatch(/^Place names now shown: Southland names\. Who administers and who claims/);
	});
});
