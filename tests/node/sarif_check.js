// Validates SARIF logs against the SARIF 2.1.0 JSON Schema (draft-04) with ajv.
// usage: node sarif_check.js FILE...   exit 0 when every file is valid
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv-draft-04");

// The schema as the npm package of Microsoft's SARIF matchers ships it.
const schemaFile = path.join(__dirname, "node_modules", "@microsoft", "jest-sarif", "lib", "schemas",
                             "sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
// The schema's pattern of `language` is not valid in Unicode mode: match as the schema's authors did.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
require("ajv-formats")(ajv);  // uri and uri-reference are checked, not ignored
const validate = ajv.compile(schema);
let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!validate(log)) {
    failed++;
    console.log(file + ": not valid SARIF 2.1.0");
    for (const error of validate.errors.slice(0, 20)) console.log("  " + error.instancePath + " " + error.message);
  }
}
process.exit(failed ? 1 : 0);
