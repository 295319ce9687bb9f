import { installChartSupport } from "@cj-tech-master/excelts/chart";

/*
 * The CLI runs its TypeScript as CommonJS (bin/fleetopt.cjs → tsx/cjs), where ExcelTS is the CJS
 * build, but writeCharts' dynamic import() loads the chart module's ESM build, which installs into
 * the ESM build's registry: charts then fail with "No chart support is installed". A static import
 * here follows the module system the CLI runs in, so the registry the writer uses gets it.
 */
installChartSupport();
