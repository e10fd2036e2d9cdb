import { describe, expect, it } from 'vitest';
import {
  hasUnsavedChanges,
  initialSaveState,
  keptOnThisDevice,
  reduceSaveState,
  saveStatus,
  type SaveEvent,
  type SaveState,
} from './save-state';

const run = (events: SaveEvent[], from: SaveState = initialSaveState) =>
  events.reduce(reduceSaveState, from);

const open: SaveEvent[] = [{ type: 'connecting' }, { type: 'opened' }];

describe('save state', () => {
  it('is connecting at first, then saved once connected with nothing to send', () => {
    expect(saveStatus(initialSaveState)).toBe('connecting');
    expect(saveStatus(run(open))).toBe('saved');
    expect(saveStatus(run([...open, { type: 'sent', frame: 'other' }]))).toBe('saved');
  });

  it('is saving until the server has saved every update sent', () => {
    const sending = run([
      ...open,
      { type: 'sent', frame: 'update' },
      { type: 'sent', frame: 'update' },
      { type: 'saved', count: 1 },
    ]);
    expect(saveStatus(sending)).toBe('saving');
    expect(hasUnsavedChanges(sending)).toBe(true);
    const saved = run([{ type: 'saved', count: 2 }], sending);
    expect(saveStatus(saved)).toBe('saved');
    expect(hasUnsavedChanges(saved)).toBe(false);
  });

  it('ignores frames that carry no content and acks that go backwards', () => {
    const state = run([
      ...open,
      { type: 'sent', frame: 'other' },
      { type: 'sent', frame: 'update' },
      { type: 'saved', count: 1 },
      { type: 'saved', count: 0 },
    ]);
    expect(state.acked).toBe(1);
    expect(saveStatus(state)).toBe('saved');
  });

  it('is offline when the connection drops, and keeps unsaved updates as unsent', () => {
    const dropped = run([...open, { type: 'sent', frame: 'update' }, { type: 'closed' }]);
    expect(saveStatus(dropped)).toBe('offline');
    expect(dropped.unsent).toBe(true);
    expect(hasUnsavedChanges(dropped)).toBe(true);
  });

  it('marks edits made offline as unsent until the answer to sync step 1 is saved', () => {
    const offline = run([...open, { type: 'closed' }, { type: 'localEdit' }]);
    expect(saveStatus(offline)).toBe('offline');
    expect(hasUnsavedChanges(offline)).toBe(true);

    const back = run([{ type: 'connecting' }, { type: 'opened' }], offline);
    expect(saveStatus(back)).toBe('saving');
    const answered = run([{ type: 'sent', frame: 'step2' }], back);
    expect(answered.unsent).toBe(false);
    expect(saveStatus(answered)).toBe('saving');
    expect(saveStatus(run([{ type: 'saved', count: 1 }], answered))).toBe('saved');
  });

  it('does not count frames or acks while not connected', () => {
    const state = run([
      { type: 'sent', frame: 'update' },
      { type: 'saved', count: 5 },
      { type: 'closed' },
    ]);
    expect(state.sent).toBe(0);
    expect(saveStatus(state)).toBe('offline');
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it('counts from zero on each connection', () => {
    const state = run([
      ...open,
      { type: 'sent', frame: 'update' },
      { type: 'saved', count: 1 },
      { type: 'closed' },
      ...open,
      { type: 'sent', frame: 'update' },
    ]);
    expect(state).toMatchObject({ sent: 1, acked: 0 });
    expect(saveStatus(run([{ type: 'saved', count: 1 }], state))).toBe('saved');
  });

  it('stays denied, keeping track of what was not saved', () => {
    const state = run([
      ...open,
      { type: 'sent', frame: 'update' },
      { type: 'denied' },
      { type: 'connecting' },
    ]);
    expect(saveStatus(state)).toBe('denied');
    expect(hasUnsavedChanges(state)).toBe(true);
  });

  it('keeps what a read-only connection carries or sends as unsaved, and says it was refused', () => {
    const offline = run([...open, { type: 'closed' }, { type: 'localEdit' }]);
    const carried = run(
      [...open, { type: 'sent', frame: 'step2' }, { type: 'access', access: 'read' }],
      offline,
    );
    expect(saveStatus(carried)).toBe('refused');
    expect(hasUnsavedChanges(carried)).toBe(true);
    // Still unsaved on the next connection, and saved once a writer's is.
    const again = run([{ type: 'closed' }, ...open], carried);
    expect(again.unsent).toBe(true);
    const saved = run(
      [
        { type: 'sent', frame: 'step2' },
        { type: 'access', access: 'write' },
        { type: 'saved', count: 1 },
      ],
      again,
    );
    expect(saveStatus(saved)).toBe('saved');

    const typed = run([
      ...open,
      { type: 'access', access: 'read' },
      { type: 'sent', frame: 'update' },
    ]);
    expect(saveStatus(typed)).toBe('refused');
  });

  it('is saved on a read-only connection whose sync step 2 had nothing unsent', () => {
    const reader = run([
      ...open,
      { type: 'sent', frame: 'step2' },
      { type: 'access', access: 'read' },
    ]);
    expect(saveStatus(reader)).toBe('saved');
    expect(hasUnsavedChanges(reader)).toBe(false);
  });

  it('keeps unsaved changes on this device only once the browser has written them', () => {
    const offline = run([...open, { type: 'closed' }, { type: 'localEdit' }]);
    expect(keptOnThisDevice(run([{ type: 'local', local: 'writing' }], offline))).toBe(false);
    expect(keptOnThisDevice(run([{ type: 'local', local: 'written' }], offline))).toBe(true);
    expect(keptOnThisDevice(run([{ type: 'local', local: 'none' }], offline))).toBe(false);
    expect(keptOnThisDevice(run([...open, { type: 'local', local: 'written' }]))).toBe(false);
  });
});
