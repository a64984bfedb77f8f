/**
 * The channel names alone, without their schemas, so the sandboxed preload can expose exactly these
 * without bundling zod. `contract` in ./channels must declare the same set (the compiler checks it).
 */
export const channelNames = [
  'app.info',
  'settings.get',
  'settings.update',
  'storage.status',
  'storage.dismissProblems',
  'backups.create',
  'backups.restore',
  'catalogues.get',
  'catalogues.save',
  'catalogues.remove',
  'models.list',
  'models.trashList',
  'models.get',
  'models.create',
  'models.update',
  'models.changeStatus',
  'models.setOutcomes',
  'models.continue',
  'models.trash',
  'models.restore',
  'models.destroy',
  'attachments.add',
  'attachments.read',
  'attachments.open',
  'attachments.remove',
  'demo.load',
  'rubrics.list',
  'rubrics.save',
  'rounds.list',
  'rounds.get',
  'rounds.create',
  'rounds.update',
  'rounds.delete',
  'rounds.results',
  'rounds.finalise',
  'rounds.reopen',
  'sheets.list',
  'sheets.setScore',
  'sheets.setTotal',
  'commendations.list',
  'commendations.propose',
  'commendations.grant',
  'commendations.withdraw',
  'dashboard.get',
  'print.dialog',
  'print.savePdf',
  'documents.table',
  'documents.build',
  'files.save',
  'files.open',
  'files.showInFolder',
] as const;

export type ChannelName = (typeof channelNames)[number];

export function isChannelName(value: string): value is ChannelName {
  return (channelNames as readonly string[]).includes(value);
}
