import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserIcon } from '@/components/icons';
import type { Customer } from '@/lib/api-types';

/** A large tappable search result for a customer. */
export function CustomerCard({ customer, to }: { customer: Customer; to: string }) {
  const { t } = useTranslation();
  return (
    <Card component={Link} to={to} withBorder radius="md" padding="md" className="result-card" data-testid="customer-card">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <span className="result-icon" aria-hidden="true">
          <UserIcon />
        </span>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={700} fz={20} c="dark.9">
              {customer.name}
            </Text>
            {customer.type === 'COMPANY' && (
              <Badge variant="light" color="indigo">
                {t('customer.types.COMPANY')}
              </Badge>
            )}
            {customer.clubMember && (
              <Badge variant="filled" color="yellow.8">
                {t('customer.clubMemberBadge')}
              </Badge>
            )}
          </Group>
          <Text fz="lg" c="dark.7" className="tabular">
            {customer.phones.join(' · ')}
          </Text>
          {customer.companyName && <Text c="dark.6">{customer.companyName}</Text>}
        </Stack>
      </Group>
    </Card>
  );
}
