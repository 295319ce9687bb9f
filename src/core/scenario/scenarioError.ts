/** A request the data cannot answer (unknown location, vehicle or date), in English and Danish. */
export class ScenarioError extends Error {
  constructor(
    readonly messageEn: string,
    readonly messageDa: string,
  ) {
    super(messageEn);
    this.name = "ScenarioError";
  }
}
