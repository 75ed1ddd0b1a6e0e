import { expect } from '@open-wc/testing';
import './helpers/setup.js';
import { addressLines, placeOrder, type PostalAddress } from '../src/internal/address.js';

const name = (code: string) => `<${code}>`;
const lines = (a: PostalAddress) => addressLines(a, name);

describe('addresses follow the country (item 13)', () => {
  it('writes a US address "City, ST 94043"', () => {
    expect(
      lines({
        line1: '1600 Amphitheatre Pkwy',
        city: 'Mountain View',
        state: 'CA',
        postalCode: '94043',
        country: 'US',
      }),
    ).to.deep.equal(['1600 Amphitheatre Pkwy', 'Mountain View, CA 94043', '<US>']);
  });

  it('writes a UK address with post town and postcode on lines of their own', () => {
    expect(
      lines({ line1: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'GB' }),
    ).to.deep.equal(['10 Downing Street', 'London', 'SW1A 2AA', '<GB>']);
  });

  it('writes a German address "10115 Berlin", the Land not repeated', () => {
    expect(
      lines({
        line1: 'Invalidenstraße 116',
        line2: 'Hinterhaus',
        city: 'Berlin',
        state: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      }),
    ).to.deep.equal(['Invalidenstraße 116', 'Hinterhaus', '10115 Berlin', '<DE>']);
  });

  it('writes French, Spanish and Portuguese addresses postal code first', () => {
    expect(
      lines({ line1: '8 rue de Rivoli', city: 'Paris', postalCode: '75004', country: 'FR' }),
    ).to.deep.equal(['8 rue de Rivoli', '75004 Paris', '<FR>']);
    expect(
      lines({
        line1: 'Calle de Alcalá 50',
        city: 'Madrid',
        state: 'Madrid',
        postalCode: '28014',
        country: 'ES',
      }),
    ).to.deep.equal(['Calle de Alcalá 50', '28014 Madrid', '<ES>']);
    expect(
      lines({
        line1: 'Calle Mayor 1',
        city: 'Alcalá de Henares',
        state: 'Madrid',
        postalCode: '28801',
        country: 'es',
      }),
      'the province on its own line, the country code in any case',
    ).to.deep.equal(['Calle Mayor 1', '28801 Alcalá de Henares', 'Madrid', '<es>']);
    expect(
      lines({ line1: 'Rua Augusta 100', city: 'Lisboa', postalCode: '1100-053', country: 'PT' }),
    ).to.deep.equal(['Rua Augusta 100', '1100-053 Lisboa', '<PT>']);
  });

  it('writes a Brazilian address "São Paulo - SP" over the CEP', () => {
    expect(
      lines({
        line1: 'Av. Paulista, 1578',
        city: 'São Paulo',
        state: 'SP',
        postalCode: '01310-200',
        country: 'BR',
      }),
    ).to.deep.equal(['Av. Paulista, 1578', 'São Paulo - SP', '01310-200', '<BR>']);
  });

  it('ends an Indian place line with the PIN code', () => {
    expect(
      lines({
        line1: '12 MG Road',
        city: 'Bengaluru',
        state: 'Karnataka',
        postalCode: '560001',
        country: 'IN',
      }),
    ).to.deep.equal(['12 MG Road', 'Bengaluru, Karnataka 560001', '<IN>']);
    expect(
      lines({ line1: '12 MG Road', city: 'Bengaluru', postalCode: '560001', country: 'IN' }),
    ).to.deep.equal(['12 MG Road', 'Bengaluru 560001', '<IN>']);
  });

  it('writes Emirati, Saudi and Egyptian addresses as they are written there', () => {
    expect(
      lines({ line1: 'Sheikh Zayed Road', city: 'Dubai', state: 'Dubai', country: 'AE' }),
      'the emirate not repeated after the city',
    ).to.deep.equal(['Sheikh Zayed Road', 'Dubai', '<AE>']);
    expect(
      lines({
        line1: 'طريق الملك فهد',
        city: 'الرياض',
        state: 'منطقة الرياض',
        postalCode: '12271',
        country: 'SA',
      }),
    ).to.deep.equal(['طريق الملك فهد', 'الرياض 12271', 'منطقة الرياض', '<SA>']);
    expect(
      lines({
        line1: '26 July Street',
        city: 'Cairo',
        state: 'Cairo Governorate',
        postalCode: '11511',
        country: 'EG',
      }),
    ).to.deep.equal(['26 July Street', 'Cairo', 'Cairo Governorate', '11511', '<EG>']);
  });

  it('writes any other country "city, state, postal code", and no country without one', () => {
    expect(
      lines({ city: 'Nairobi', state: 'Nairobi County', postalCode: '00100', country: 'KE' }),
    ).to.deep.equal(['Nairobi, Nairobi County, 00100', '<KE>']);
    expect(lines({ city: 'Somewhere', postalCode: '123' })).to.deep.equal(['Somewhere, 123']);
    expect(lines({})).to.deep.equal([]);
  });

  it('orders the form’s place fields as the country writes them', () => {
    expect(placeOrder('DE')).to.deep.equal(['postalCode', 'city', 'state']);
    expect(placeOrder('US')).to.deep.equal(['city', 'state', 'postalCode']);
    expect(placeOrder('IN')).to.deep.equal(['city', 'state', 'postalCode']);
    expect(placeOrder('BR')).to.deep.equal(['city', 'state', 'postalCode']);
    expect(placeOrder(undefined)).to.deep.equal(['city', 'state', 'postalCode']);
  });
});
