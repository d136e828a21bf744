import { error } from '@sveltejs/kit';
import type { AuditEntryView, FlagView, MemberView, Page, RoomView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { requireModerator } from '$lib/server/moderation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireModerator(event);
  const cohort = await loadCohort(event, token, event.params.cohortId);
  requireModerator(event, cohort);
  const [flags, rooms, members, contacts, audit] = await Promise.all([
    callApi<FlagView[]>(event, `/cohorts/${cohort.id}/flags`, { token }),
    callApi<RoomView[]>(event, `/cohorts/${cohort.id}/rooms`, { token }),
    callApi<Page<MemberView>>(event, `/cohorts/${cohort.id}/members`, { token }),
    callApi<string[]>(event, `/cohorts/${cohort.id}/safeguarding-contacts`, { token }),
    callApi<AuditEntryView[]>(event, `/cohorts/${cohort.id}/audit`, { token, query: { limit: 50 } }),
  ]);
  if (!flags.ok) {
    if (flags.status === 403 || flags.status === 404) error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
    error(flags.status === 503 ? 503 : flags.status, { message: m.error_unavailable(), code: flags.error.code });
  }
  const roomList = rooms.ok ? rooms.data : [];
  const requestedRoom = event.url.searchParams.get('room');
  return {
    cohort: { id: cohort.id, name: cohort.name },
    me: { id: user.id, displayName: user.displayName, role: user.role },
    flags: flags.data,
    rooms: roomList.map((r) => ({ id: r.id, name: r.name, isDefault: r.isDefault, locked: r.locked, slowModeSeconds: r.slowModeSeconds })),
    selectedRoomId: roomList.find((r) => r.id === requestedRoom)?.id ?? (roomList.find((r) => r.isDefault) ?? roomList[0])?.id ?? null,
    members: (members.ok ? members.data.items : []).map((p) => ({
      userId: p.userId,
      displayName: p.displayName,
      country: p.country,
      role: p.role,
    })),
    contacts: contacts.ok ? contacts.data : [],
    audit: audit.ok ? audit.data : [],
    auditFailed: !audit.ok,
  };
};
