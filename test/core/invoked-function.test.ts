// The function a FaaS client span invokes (the semantic conventions' faas.invoked_name and
// faas.invoked_provider), named by its provider's product.
import { describe, expect, it } from 'vitest';
import { invokedFunctionName, isInvokedFunction } from '../../src/core/invoked-function.js';

describe('invoked functions', () => {
  it('names the function with its provider', () => {
    expect(invokedFunctionName({ 'faas.invoked_name': 'render-label', 'faas.invoked_provider': 'aws' })).toBe('AWS Lambda function render-label');
    expect(invokedFunctionName({ 'faas.invoked_name': 'resize', 'faas.invoked_provider': 'gcp' })).toBe('Google Cloud Functions function resize');
    expect(invokedFunctionName({ 'faas.invoked_name': 'resize' })).toBe('serverless function resize');
    expect(isInvokedFunction('AWS Lambda function render-label')).toBe(true);
  });
  it('near misses: no function invoked, an empty name, a host that mentions functions', () => {
    expect(invokedFunctionName({ 'server.address': 'lambda.eu-west-1.amazonaws.com' })).toBeUndefined();
    expect(invokedFunctionName({ 'faas.invoked_name': '' })).toBeUndefined();
    expect(isInvokedFunction('functions.example.com')).toBe(false);
    expect(isInvokedFunction(undefined)).toBe(false);
  });
});
