import { addUnits, removeCatalogueItem, saveCatalogueItem } from '../../../shared/domain/commands/catalogues';
import type { Catalogues } from '../../../shared/domain/catalogues';
import { byName } from '../../../shared/text/collate';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';

/** Catalogues as the UI lists them: each sorted in Vietnamese order. */
export function sortedCatalogues(c: Catalogues): Catalogues {
  return {
    units: [...c.units].sort(byName),
    fields: [...c.fields].sort(byName),
    indicators: [...c.indicators].sort(byName),
    members: [...c.members].sort(byName),
  };
}

export function catalogueService(
  store: DataStore,
  commands: CommandRunner,
): HandlersFor<'catalogues.get' | 'catalogues.save' | 'catalogues.remove' | 'catalogues.addUnits'> {
  return {
    'catalogues.get': () => sortedCatalogues(store.mainData.catalogues),
    'catalogues.save': async (save) =>
      sortedCatalogues(await commands.run([], (state, ctx) => saveCatalogueItem(state, save, ctx))),
    'catalogues.addUnits': async (batch) =>
      sortedCatalogues(await commands.run([], (state, ctx) => addUnits(state, batch, ctx))),
    // Every year is read inside the transaction, so a model registered meanwhile is counted.
    'catalogues.remove': async (input) =>
      sortedCatalogues(await commands.run('all', (state) => removeCatalogueItem(state, input))),
  };
}
