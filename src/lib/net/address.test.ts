import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ipv6Groups, isPublicAddress } from './index.ts';

// Which addresses are public: the IANA special-purpose ranges, their first and last addresses and the addresses
// just outside them, IPv6 with the IPv4 addresses it can carry, and whatever is no address at all.

const publicOnes = (list: string[]) => list.filter((a) => isPublicAddress(a));
const privateOnes = (list: string[]) => list.filter((a) => !isPublicAddress(a));

describe('isPublicAddress: IPv4', () => {
  test('public unicast addresses are public', () => {
    const list = ['8.8.8.8', '1.1.1.1', '93.184.215.14', '194.25.2.129', '223.255.255.255', '1.0.0.0'];
    assert.deepEqual(privateOnes(list), []);
  });

  test('loopback, private, link-local (metadata), shared, "this network", documentation, multicast, reserved are not', () => {
    const list = [
      '127.0.0.1',
      '127.255.255.254',
      '10.0.0.0',
      '10.255.255.255',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '192.168.255.255',
      '169.254.169.254',
      '169.254.0.0',
      '100.64.0.0',
      '100.127.255.255',
      '0.0.0.0',
      '0.255.255.255',
      '192.0.0.8',
      '192.0.2.1',
      '198.51.100.7',
      '203.0.113.255',
      '198.18.0.0',
      '198.19.255.255',
      '192.88.99.1',
      '224.0.0.1',
      '239.255.255.250',
      '240.0.0.1',
      '255.255.255.255',
    ];
    assert.deepEqual(publicOnes(list), []);
  });

  test('the edges: the addresses just outside each range are public', () => {
    const list = [
      '9.255.255.255',
      '11.0.0.0',
      '172.15.255.255',
      '172.32.0.0',
      '192.167.255.255',
      '192.169.0.0',
      '169.253.255.255',
      '169.255.0.0',
      '100.63.255.255',
      '100.128.0.0',
      '126.255.255.255',
      '128.0.0.0',
      '198.17.255.255',
      '198.20.0.0',
      '223.255.255.254',
      '192.0.1.255',
      '192.0.3.0',
    ];
    assert.deepEqual(privateOnes(list), []);
  });
});

describe('isPublicAddress: IPv6', () => {
  test('global unicast addresses are public, in any spelling', () => {
    const list = [
      '2a00:1450:4001:82a::200e',
      '2A00:1450:4001:082A:0000:0000:0000:200E',
      '2606:4700:4700::1111',
      '2001:200::1',
      '3ffe::1',
      '2003:de::1',
    ];
    assert.deepEqual(privateOnes(list), []);
  });

  test('unspecified, loopback, unique local, link-local, site-local, multicast, documentation, Teredo, discard are not', () => {
    const list = [
      '::',
      '::1',
      '0:0:0:0:0:0:0:1',
      'fc00::1',
      'fd12:3456:789a::1',
      'fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
      'fe80::1',
      'febf:ffff::1',
      'fec0::1',
      'ff02::1',
      'ff05::1:3',
      '2001:db8::1',
      '2001:db8:ffff::1',
      '3fff::1',
      '2001::1',
      '2001:0:4136:e378:8000:63bf:3fff:fdd2',
      '2001:1ff:ffff::1',
      '100::1',
      '5f00::1',
      '64:ff9b:1::1',
    ];
    assert.deepEqual(publicOnes(list), []);
  });

  test('the edges of 2000::/3 and of 2001::/23', () => {
    assert.equal(isPublicAddress('1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'), false);
    assert.equal(isPublicAddress('2000::'), true);
    assert.equal(isPublicAddress('3fef:ffff::1'), true);
    assert.equal(isPublicAddress('4000::1'), false);
    assert.equal(isPublicAddress('2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff'), false);
    assert.equal(isPublicAddress('2001:200::'), true);
    assert.equal(isPublicAddress('fbff:ffff::1'), false);
  });

  test('IPv4-mapped and IPv4-compatible addresses are never public, whatever IPv4 address they carry', () => {
    const list = [
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::FFFF:10.0.0.1',
      '::ffff:169.254.169.254',
      '::ffff:8.8.8.8',
      '::127.0.0.1',
      '::8.8.8.8',
      '0:0:0:0:0:ffff:7f00:0001',
    ];
    assert.deepEqual(publicOnes(list), []);
  });

  test('NAT64 (64:ff9b::/96) and 6to4 (2002::/16) are as public as the IPv4 address they carry', () => {
    assert.equal(isPublicAddress('64:ff9b::8.8.8.8'), true);
    assert.equal(isPublicAddress('64:ff9b::808:808'), true);
    assert.equal(isPublicAddress('64:ff9b::127.0.0.1'), false);
    assert.equal(isPublicAddress('64:ff9b::a9fe:a9fe'), false);
    assert.equal(isPublicAddress('2002:0808:0808::1'), true);
    assert.equal(isPublicAddress('2002:7f00:1::1'), false);
    assert.equal(isPublicAddress('2002:a00:1::'), false);
    assert.equal(isPublicAddress('2002:c0a8:101::1'), false);
  });

  test('an address with a zone is link-scoped and not public', () => {
    assert.equal(isPublicAddress('fe80::1%eth0'), false);
    assert.equal(isPublicAddress('2a00:1450:4001:82a::200e%1'), false);
  });
});

describe('isPublicAddress: what is no address', () => {
  test('names, URLs, brackets, short or odd spellings and empty text are not public', () => {
    const list = ['', 'localhost', 'example.org', '[::1]', '[2a00:1450::1]', 'http://8.8.8.8/', '127.1', '0x7f000001'];
    list.push('2130706433', '8.8.8.8 ', ' 8.8.8.8', '8.8.8.8/32', '1.2.3.4.5', '256.1.1.1', '::g', '1::2::3');
    assert.deepEqual(publicOnes(list), []);
  });
});

describe('ipv6Groups', () => {
  test('expands compressed forms and dotted tails into eight groups', () => {
    assert.deepEqual(ipv6Groups('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(ipv6Groups('::'), [0, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(ipv6Groups('64:ff9b::10.1.2.3'), [0x64, 0xff9b, 0, 0, 0, 0, 0x0a01, 0x0203]);
    assert.deepEqual(ipv6Groups('2002:c0a8:101::'), [0x2002, 0xc0a8, 0x101, 0, 0, 0, 0, 0]);
    assert.deepEqual(ipv6Groups('1:2:3:4:5:6:7:8'), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.equal(ipv6Groups('8.8.8.8'), null);
    assert.equal(ipv6Groups('fe80::1%eth0'), null);
  });
});
