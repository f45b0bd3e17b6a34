import { AdminRefusal } from '@/components/admin/AdminRefusal';

/** What does not exist and what this account may not open look the same: the page confirms neither. */
export default function AdminNotFound() {
  return <AdminRefusal kind="notFound" />;
}
