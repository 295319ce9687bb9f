import { useCallback, useState } from "react";
import type { WorkbookHost } from "../../workbook/workbookHost";
import type { InputColumnMapping } from "../../workbook/read/readInputs";
import { rememberMapping } from "../actions/columnMapping";
import { errorMessage } from "../actions/errorMessage";
import {
  chosenMapping,
  type MappedSheetKey,
  type MappingChoices,
  type SheetMappingNeed,
} from "./columnMapping";

export interface ColumnMappingStepState {
  needs: SheetMappingNeed[];
  stored: InputColumnMapping;
  saving: boolean;
  failure: string | null;
  /** A new offer remounts the step, so its choices start from the new sheets. */
  offer: number;
}

/** The mapping step's state beside the load: offered after a refusal, closed by a save or a new mapping. */
export function useColumnMappingStep(host: WorkbookHost) {
  const [step, setStep] = useState<ColumnMappingStepState | null>(null);

  const offer = useCallback((needs: SheetMappingNeed[], stored: InputColumnMapping) => {
    setStep((previous) =>
      needs.length === 0
        ? null
        : { needs, stored, saving: false, failure: null, offer: (previous?.offer ?? 0) + 1 },
    );
  }, []);

  const close = useCallback(() => setStep(null), []);

  /** Writes the choices into the workbook; true when saved (the caller loads again). */
  const save = useCallback(
    async (choices: Record<MappedSheetKey, MappingChoices>): Promise<boolean> => {
      if (step === null) return false;
      setStep({ ...step, saving: true, failure: null });
      try {
        await rememberMapping(host, step.stored, chosenMapping(step.needs, choices));
        setStep(null);
        return true;
      } catch (error) {
        setStep({ ...step, saving: false, failure: errorMessage(error) });
        return false;
      }
    },
    [host, step],
  );

  return { step, offer, close, save };
}
