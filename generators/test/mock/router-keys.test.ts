import { describe, expect, it } from 'vitest';
import { OperationRouter } from '../../src/mock/router.js';
import type { OperationModel } from '../../src/model/types.js';

// Only the members the router reads; the rest of the model does not take part in routing.
const operation = (operationId: string, method: string, path: string) =>
  ({ operationId, method, path }) as unknown as OperationModel;

describe('operations sharing a path, told apart by the key their path names', () => {
  const router = new OperationRouter([
    operation('CreateMonitor', 'post', '/#X-Amz-Target=Insights.CreateMonitor'),
    operation('DeleteMonitor', 'post', '/#X-Amz-Target=Insights.DeleteMonitor'),
    operation('DescribeThing', 'get', '/?Action=DescribeThing&Version=2016'),
    operation('ListThings', 'get', '/?Action=ListThings&Version=2016'),
    operation('StartUpload', 'post', '/{Bucket}?uploads'),
    operation('PutObject', 'post', '/{Bucket}'),
  ]);

  it('when the header the path names is sent, then that operation answers', () => {
    const headers = { 'x-amz-target': 'Insights.DeleteMonitor' };
    expect(router.match('post', '/', { headers })?.operation.operationId).toBe('DeleteMonitor');
  });

  it('when the query values the path names are sent, then that operation answers', () => {
    const query = { Action: ['ListThings'], Version: ['2016'] };
    expect(router.match('get', '/', { query })?.operation.operationId).toBe('ListThings');
  });

  it('when a query key without a value is present, then the keyed operation wins over the bare path', () => {
    const uploads = router.match('post', '/photos', { query: { uploads: [''] } });
    expect(uploads).toEqual({
      operation: expect.objectContaining({ operationId: 'StartUpload' }),
      params: { Bucket: 'photos' },
    });
    expect(router.match('post', '/photos', { query: {} })?.operation.operationId).toBe('PutObject');
  });

  it('when no key matches, then an operation of that path still answers (its validation names the key)', () => {
    expect(router.match('post', '/', { headers: {} })?.operation.path).toMatch(/^\/#X-Amz-Target=/);
    expect(router.allowedMethods('/')).toEqual(expect.arrayContaining(['POST', 'GET']));
  });
});
