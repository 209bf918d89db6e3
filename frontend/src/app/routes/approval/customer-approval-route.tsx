import { useParams } from 'react-router';
import { CustomerApprovalPage } from '@/features/approvals/components/customer-approval-page';

/** R-REP-3 (c): /approve/:store/:token — the customer's page behind the link, outside the login. */
export function CustomerApprovalRoute() {
  const { store = '', token = '' } = useParams();
  return <CustomerApprovalPage store={store} token={token} />;
}
