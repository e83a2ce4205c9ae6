import { describe, expect, it } from 'vitest';
import { gatewayError, parseSubnet } from '../../../source/forms/cidr.js';
import { parseKeyValues } from '../../../source/forms/keyValues.js';
import { checkNetworkForm } from '../../../source/forms/networkForm.js';
import { checkVolumeForm } from '../../../source/forms/volumeForm.js';

describe('k=v,k=v', () => {
  it('reads pairs, trims them, and keeps "=" inside values', () => {
    expect(parseKeyValues(' a=1 , b = x=y ')).toEqual({ values: { a: '1', b: 'x=y' } });
    expect(parseKeyValues('')).toEqual({ values: {} });
    expect(parseKeyValues('empty=')).toEqual({ values: { empty: '' } });
  });
  it('takes a quoted value with commas in it', () => {
    expect(parseKeyValues('type=tmpfs,o="size=1m,uid=0"')).toEqual({
      values: { type: 'tmpfs', o: 'size=1m,uid=0' },
    });
  });
  it('says what is wrong', () => {
    expect(parseKeyValues('novalue')).toEqual({ error: '"novalue" is not key=value' });
    expect(parseKeyValues('=x')).toEqual({ error: '"=x" is not key=value' });
    expect(parseKeyValues('a=1,,b=2')).toMatchObject({ error: expect.stringContaining('empty entry') });
    expect(parseKeyValues('a=1,a=2')).toEqual({ error: '"a" is given twice' });
    expect(parseKeyValues('o="x')).toEqual({ error: 'a quote is not closed' });
    expect(parseKeyValues('my key=1')).toMatchObject({ error: expect.stringContaining('space') });
  });
});

describe('subnets and gateways', () => {
  it('accepts IPv4 and IPv6 CIDR', () => {
    expect(parseSubnet('10.20.0.0/16')).toEqual({ address: '10.20.0.0', prefix: 16, family: 'ipv4' });
    expect(parseSubnet('fd00:1::/64')).toEqual({ address: 'fd00:1::', prefix: 64, family: 'ipv6' });
  });
  it('refuses what is not CIDR, with the reason', () => {
    expect(parseSubnet('10.20.0.0')).toMatchObject({ error: expect.stringContaining('is not CIDR') });
    expect(parseSubnet('10.20.0.300/24')).toMatchObject({
      error: expect.stringContaining('not an IP address'),
    });
    expect(parseSubnet('10.20.0.0/33')).toMatchObject({ error: expect.stringContaining('longer than 32') });
    expect(parseSubnet('10.20.0.1/16')).toEqual({
      error: '"10.20.0.1/16" has host bits set: the network is 10.20.0.0/16',
    });
  });
  it('wants the gateway inside the subnet and of its family', () => {
    const subnet = parseSubnet('10.20.0.0/16');
    if ('error' in subnet) throw new Error(subnet.error);
    expect(gatewayError('10.20.255.254', subnet)).toBeUndefined();
    expect(gatewayError('10.21.0.1', subnet)).toBe('10.21.0.1 is not inside the subnet 10.20.0.0/16');
    expect(gatewayError('fd00::1', subnet)).toContain('ipv6');
    expect(gatewayError('gw', subnet)).toContain('not an IP address');
  });
});

describe('the create forms', () => {
  it('turns a good volume form into a spec', () => {
    expect(checkVolumeForm({ name: 'db-data', driver: 'local', labels: 'a=1', options: '' }, [])).toEqual({
      spec: { name: 'db-data', driver: 'local', labels: { a: '1' }, options: {} },
    });
    expect(checkVolumeForm({ name: '', driver: '', labels: '', options: '' }, [])).toEqual({
      spec: { name: undefined, driver: 'local', labels: {}, options: {} },
    });
  });
  it('puts each volume problem on its field', () => {
    const check = checkVolumeForm({ name: 'taken', driver: 'lo cal', labels: 'x', options: 'y' }, ['taken']);
    expect(check).toEqual({
      fieldErrors: {
        name: 'a volume named taken already exists',
        driver: 'a driver name has no spaces',
        labels: '"x" is not key=value',
        options: '"y" is not key=value',
      },
    });
    expect(checkVolumeForm({ name: '-x' }, [])).toMatchObject({ fieldErrors: { name: expect.any(String) } });
  });
  it('turns a good network form into a spec', () => {
    expect(
      checkNetworkForm(
        {
          name: 'web',
          driver: '',
          subnet: '10.9.0.0/24',
          gateway: '10.9.0.254',
          internal: 'yes',
          attachable: 'no',
          labels: '',
        },
        [],
      ),
    ).toEqual({
      spec: {
        name: 'web',
        driver: 'bridge',
        subnet: '10.9.0.0/24',
        gateway: '10.9.0.254',
        internal: true,
        attachable: false,
        labels: {},
      },
    });
  });
  it('puts each network problem on its field', () => {
    expect(checkNetworkForm({ name: '' }, [])).toMatchObject({
      fieldErrors: { name: 'a network needs a name' },
    });
    expect(checkNetworkForm({ name: 'bridge' }, [])).toMatchObject({
      fieldErrors: { name: expect.stringContaining('built-in') },
    });
    expect(checkNetworkForm({ name: 'web' }, ['web'])).toMatchObject({
      fieldErrors: { name: 'a network named web already exists' },
    });
    expect(checkNetworkForm({ name: 'web', subnet: 'nope' }, [])).toMatchObject({
      fieldErrors: { subnet: expect.stringContaining('not CIDR') },
    });
    expect(checkNetworkForm({ name: 'web', gateway: '10.0.0.1' }, [])).toMatchObject({
      fieldErrors: { gateway: 'a gateway needs a subnet: fill in the subnet too' },
    });
    expect(checkNetworkForm({ name: 'web', subnet: '10.9.0.0/24', gateway: '10.8.0.1' }, [])).toMatchObject({
      fieldErrors: { gateway: expect.stringContaining('not inside') },
    });
  });
});
