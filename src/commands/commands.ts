// The manifest's FunctionFile. The only ribbon button uses the declarative ShowTaskpane action, so there
// are no ExecuteFunction handlers yet. Every add-in page must still initialise office.js through
// Office.onReady; future handlers get registered here with Office.actions.associate.

export function registerCommands(): void {
  // Intentionally empty until a command other than "show the pane" exists.
}

// Guarded so the bundle can load outside Office (tests, a stray browser visit) without throwing.
if (typeof Office !== "undefined") {
  void Office.onReady(() => registerCommands());
}
