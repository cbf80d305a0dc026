// The CommonJS entry of the packed SDK resolves, with its own types.
import sdk = require('@specloom/taskboard-sdk');

const client: ReturnType<typeof sdk.createClient> = sdk.createClient({ baseUrl: 'http://localhost:3000' });
const message: string = sdk.getErrorMessage(new sdk.NetworkError('offline'));

export = { client, message };
