import { describe, expect, it } from 'vitest';
import { publishingRefusal } from './cohort-access.service';

const later = new Date(Date.now() + 60_000);

describe(publishingRefusal.name, () => {
  it('lets a verified member who is not muted publish', () => {
    expect(publishingRefusal({ canModerate: false, emailUnverified: false })).toBeNull();
  });

  it('refuses an unverified address whatever the role, before anything else', () => {
    expect(publishingRefusal({ canModerate: true, emailUnverified: true })?.code).toBe('EMAIL_UNVERIFIED');
    expect(publishingRefusal({ canModerate: false, emailUnverified: true, mutedUntil: later })?.code).toBe('EMAIL_UNVERIFIED');
  });

  it('refuses a muted member but not a moderator', () => {
    expect(publishingRefusal({ canModerate: false, emailUnverified: false, mutedUntil: later })?.code).toBe('MUTED');
    expect(publishingRefusal({ canModerate: true, emailUnverified: false, mutedUntil: later })).toBeNull();
  });
});
