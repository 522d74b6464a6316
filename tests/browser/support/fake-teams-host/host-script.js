// The fake Teams host's page script: iframes the app and answers teams-js's postMessage protocol the way Teams
// does (message shapes from teams-js 2.x src/internal/communication.ts and messageObjects.ts). Options arrive in
// window.__fakeTeamsOptions; everything the app sends is recorded in window.__fakeTeams.messages.
(() => {
  const options = window.__fakeTeamsOptions;
  const frame = document.getElementById('app');
  const recorded = [];
  let theme = options.theme;

  // The legacy context shape teams-js turns into app.Context (transformLegacyContextToAppContext).
  const legacyContext = () => ({
    locale: options.locale,
    theme,
    frameContext: options.frameContext,
    entityId: 'waypoint-review',
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: 'fake-session',
    userObjectId: options.user.id,
    userPrincipalName: options.user.upn,
    loginHint: options.user.upn,
    userDisplayName: options.user.displayName,
    tid: options.tenantId,
    teamId: '19:fake-team@thread.tacv2',
    teamName: options.team.displayName,
    groupId: options.team.groupId,
    channelId: '19:fake-channel@thread.tacv2',
    channelName: options.channelName,
    teamSiteDomain: options.team.siteDomain,
    teamSitePath: options.team.sitePath,
    teamSiteUrl: `https://${options.team.siteDomain}${options.team.sitePath}`,
    ...(options.meetingId ? { meetingId: options.meetingId } : {}),
  });

  const runtime = {
    apiVersion: 4,
    isNAAChannelRecommended: false,
    supports: {
      appInstallDialog: {},
      pages: { config: {}, backStack: {}, tabs: {} },
      teamsCore: {},
      ...(options.meeting ? { meeting: {} } : {}),
      ...(options.people ? { people: {} } : {}),
    },
  };

  const answers = {
    initialize: () => [options.frameContext, 'web', JSON.stringify(runtime), '2.58.0'],
    getContext: () => [legacyContext()],
    'settings.setSettings': () => [true],
    'settings.getSettings': () => [options.settings ?? null],
    'meeting.getAppContentStageSharingCapabilities': () => [null, { doesAppHaveSharePermission: true }],
    'meeting.shareAppContentToStage': () => [null, true],
    'meeting.getAppContentStageSharingState': () => [null, { isAppSharing: false }],
    'people.selectPeople': () => [null, options.peoplePicked ?? []],
  };

  const send = (data) => frame.contentWindow.postMessage(data, window.location.origin);

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || !event.data || typeof event.data.func !== 'string') return;
    const message = event.data;
    recorded.push({ func: message.func, args: message.args ?? [] });
    const answer = answers[message.func];
    if (answer) send({ id: message.id, uuidAsString: message.uuidAsString, args: answer(message.args ?? []) });
  });

  window.__fakeTeams = {
    messages: recorded,
    /** Sends a host event (e.g. themeChange, settings.save, settings.remove) the way Teams does: func + args, no id. */
    sendEvent(func, args) {
      if (func === 'themeChange') theme = args[0];
      send({ func, args });
    },
    calls: (func) => recorded.filter((m) => m.func === func).map((m) => m.args),
  };

  frame.src = options.appUrl;
})();
