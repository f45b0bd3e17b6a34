import { AdminRefusal } from '@/components/admin/AdminRefusal';

export default function AdminForbidden() {
  return <AdminRefusal kind="forbidden" />;
}
