// STUB, replaced by the keyboard-shortcut feature (manifest commands).
export function registerCommands(): void {}
