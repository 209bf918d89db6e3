import type { Customer, CustomerInput, CustomerType, PreferredContact } from '@/lib/api-types';

/** What the form edits: optional text fields are '' here and null in the API. */
export type CustomerFormValues = {
  type: CustomerType;
  name: string;
  phones: string[];
  email: string;
  address: string;
  companyName: string;
  clubMember: boolean;
  preferredContact: PreferredContact;
  serviceWishes: string;
  notes: string;
};

export const CUSTOMER_TYPES: CustomerType[] = ['PRIVATE', 'COMPANY'];
export const PREFERRED_CONTACTS: PreferredContact[] = ['PHONE', 'SMS', 'WECHAT', 'EMAIL'];

export function emptyCustomerForm(): CustomerFormValues {
  return {
    type: 'PRIVATE',
    name: '',
    phones: [''],
    email: '',
    address: '',
    companyName: '',
    clubMember: false,
    preferredContact: 'PHONE',
    serviceWishes: '',
    notes: '',
  };
}

export function customerToForm(c: Customer): CustomerFormValues {
  return {
    type: c.type,
    name: c.name,
    phones: c.phones.length > 0 ? [...c.phones] : [''],
    email: c.email ?? '',
    address: c.address ?? '',
    companyName: c.companyName ?? '',
    clubMember: c.clubMember,
    preferredContact: c.preferredContact,
    serviceWishes: c.serviceWishes ?? '',
    notes: c.notes ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function formToCustomerInput(v: CustomerFormValues): CustomerInput {
  return {
    type: v.type,
    name: v.name.trim(),
    // Phones are sent as typed minus spaces; the server decides what is valid.
    phones: v.phones.map((p) => p.replace(/\s+/g, '')).filter((p) => p !== ''),
    email: orNull(v.email),
    address: orNull(v.address),
    companyName: v.type === 'COMPANY' ? orNull(v.companyName) : null,
    clubMember: v.clubMember,
    preferredContact: v.preferredContact,
    serviceWishes: orNull(v.serviceWishes),
    notes: orNull(v.notes),
  };
}

/**
 * Client-side hints only (mainland mobile or landline). Deliberately looser than the
 * server, which is the authority and answers with a violation on "phones[i]".
 */
export function looksLikePhone(raw: string): boolean {
  const p = raw.replace(/[\s-]/g, '');
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{9,11}$/.test(p) || /^\d{7,8}$/.test(p) || /^\+?86\d{10,12}$/.test(p);
}

export function looksLikeEmail(raw: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.trim());
}
