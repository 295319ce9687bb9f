import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../../src/i18n/I18nContext";
import type { Language } from "../../src/i18n/translate";

// The Web Animations spec marks `finished` as handled when an animation is cancelled; happy-dom 21
// does not, so Fluent's exit motions surface as unhandled AbortErrors. Mark it before cancelling.
if (typeof Animation !== "undefined") {
  const cancel = Animation.prototype.cancel;
  Animation.prototype.cancel = function (this: Animation) {
    this.finished.catch(() => {});
    cancel.call(this);
  };
}

/** Renders inside the same providers as the real pane. */
export function renderInPane(ui: ReactElement, lang: Language = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>{ui}</I18nProvider>
    </FluentProvider>,
  );
}
