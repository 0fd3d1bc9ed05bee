import { closeDb } from '../../functions/src/repository/client';

// Keep-alive sockets to DynamoDB Local would otherwise hold the test process open.
afterAll(() => closeDb());
