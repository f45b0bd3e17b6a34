import { forbidden } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requireStaff, type StaffSession } from '@/lib/auth/session';

/** Writers, editors and the read-only roles open the newsroom's article pages; what they may change is checked per article. */
export async function requireArticleAccess(): Promise<StaffSession> {
  const staff = await requireStaff();
  if (!(['article.create', 'article.editAny', 'article.read'] as const).some((permission) => can(staff.role, permission))) forbidden();
  return staff;
}
